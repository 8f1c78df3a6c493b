import type { FieldError, Problem } from './types';

/** An RFC 9457 problem answered by the API (or a network failure, with status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** The language the server wrote the title, detail and field messages in (`Content-Language`), if known. */
  readonly language?: string;

  constructor(status: number, problem: Problem, language?: string) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.language = language;
  }

  /** The last segment of the problem type, such as `submissions-closed`. */
  get slug(): string {
    const type = this.problem.type ?? '';
    return type.substring(type.lastIndexOf('/') + 1);
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }

  fieldError(field: string): FieldError | undefined {
    return this.fieldErrors.find((e) => e.field === field || e.field.endsWith(`.${field}`));
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/**
 * The API error of an answer; its texts are in the answer's `Content-Language`, else in the
 * language the request asked for.
 */
export async function toApiError(response: Response, requested?: string | null): Promise<ApiError> {
  let problem: Problem = { type: 'about:blank', title: response.statusText || 'Error', status: response.status };
  try {
    const body = (await response.clone().json()) as Partial<Problem>;
    if (body && typeof body === 'object' && typeof body.title === 'string') {
      problem = { ...problem, ...body } as Problem;
    }
  } catch {
    // not a JSON body: keep the generic problem built from the status
  }
  const language = response.headers.get('Content-Language') ?? requested ?? undefined;
  return new ApiError(response.status, problem, language ?? undefined);
}
