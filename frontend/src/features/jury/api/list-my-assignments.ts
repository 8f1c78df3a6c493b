import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const listMyAssignments = async () => data(await api.GET('/api/jury/assignments'));
export const useMyAssignments = () => useQuery({ queryKey: ['jury', 'assignments'], queryFn: listMyAssignments });
