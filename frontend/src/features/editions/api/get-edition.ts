import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getEdition = async (editionId: number) => data(await api.GET('/api/editions/{editionId}', { params: { path: { editionId } } }));
export const useEdition = (editionId: number) => useQuery({ queryKey: ['editions', editionId], queryFn: () => getEdition(editionId), enabled: editionId > 0 });
