import { JuryHomePage } from '@/features/jury/components/JuryHomePage';
import { JuryCalibrationNotice } from '@/features/calibration/components/JuryCalibrationNotice';

/** The juror's home with the calibration notice above the assignments. */
export function JuryHomeRoute() {
  return <JuryHomePage notice={<JuryCalibrationNotice />} />;
}
