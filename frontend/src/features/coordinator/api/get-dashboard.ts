import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getCoordinatorDashboard = async () => data(await api.GET('/api/coordinator/dashboard'));
export const useCoordinatorDashboard = () =>
  useQuery({ queryKey: ['coordinator', 'dashboard'], queryFn: getCoordinatorDashboard });
