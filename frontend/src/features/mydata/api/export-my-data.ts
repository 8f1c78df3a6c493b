import { useMutation } from '@tanstack/react-query';
import { download } from '@/lib/api/download';

/** The zip of everything the platform holds about the caller, saved under the name the server gives. */
export const exportMyData = () => download(`/api/me/data-export`, 'innovatice-mes-donnees.zip');
export const useExportMyData = () => useMutation({ mutationFn: exportMyData });
