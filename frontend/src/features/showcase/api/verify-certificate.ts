import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const verifyCertificate = async (code: string) =>
  data(await api.GET('/api/certificates/{code}', { params: { path: { code } } }));
export const useCertificateVerification = (code: string) =>
  useQuery({ queryKey: ['certificates', code], queryFn: () => verifyCertificate(code), retry: false });
