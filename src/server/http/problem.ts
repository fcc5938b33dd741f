// RFC 9457 problem details. Every error the API returns has this shape; `detail` is a sentence
// a person can read (Dutch, with English after a slash), `code` is stable for programs.
import { z } from 'zod';

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ProblemBody = z.infer<typeof problemSchema>;

export class Problem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly errors: ProblemBody['errors'];
  constructor(status: number, code: string, detail: string, errors?: ProblemBody['errors']) {
    super(detail);
    this.status = status;
    this.code = code;
    this.title = titles[status] ?? 'Fout / Error';
    this.errors = errors;
  }
  toBody(): ProblemBody {
    return {
      type: `https://weerbaar.nl/problemen/${this.code}`,
      title: this.title,
      status: this.status,
      detail: this.message,
      code: this.code,
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

const titles: Record<number, string> = {
  400: 'Ongeldige invoer / Invalid input',
  401: 'Niet aangemeld / Not signed in',
  403: 'Geen toegang / Forbidden',
  404: 'Niet gevonden / Not found',
  405: 'Methode niet toegestaan / Method not allowed',
  409: 'Conflict',
  413: 'Te groot / Too large',
  415: 'Verkeerd formaat / Unsupported media type',
  422: 'Niet te verwerken / Unprocessable',
  429: 'Te veel pogingen / Too many requests',
  500: 'Interne fout / Internal error',
};

export const problems = {
  invalidInput: (errors: ProblemBody['errors']) =>
    new Problem(
      400,
      'invalid-input',
      'Niet alle gegevens zijn juist ingevuld. / Some fields are not valid.',
      errors,
    ),
  malformedJson: () =>
    new Problem(400, 'malformed-json', 'De gegevens zijn geen geldige JSON. / The body is not valid JSON.'),
  notSignedIn: () =>
    new Problem(401, 'not-signed-in', 'U bent niet (meer) aangemeld. / You are not signed in.'),
  secondFactorNeeded: () =>
    new Problem(
      401,
      'second-factor-required',
      'Bevestig eerst uw aanmelding met uw tweede stap. / Confirm your sign-in with your second factor first.',
    ),
  forbidden: () =>
    new Problem(403, 'forbidden', 'U heeft geen toegang tot deze functie. / You do not have access to this.'),
  notFound: () =>
    new Problem(404, 'not-found', 'Dit bestaat niet, of u heeft er geen toegang toe. / Not found.'),
  csrf: () =>
    new Problem(
      403,
      'csrf',
      'Het verzoek kwam niet van deze website. Laad de pagina opnieuw. / Request origin rejected.',
    ),
  tooLarge: () => new Problem(413, 'too-large', 'De gegevens zijn te groot. / The body is too large.'),
  unsupportedMediaType: () =>
    new Problem(
      415,
      'unsupported-media-type',
      'Stuur de gegevens als JSON. / Send the body as application/json.',
    ),
  rateLimited: (retryAfterSeconds: number) =>
    new Problem(
      429,
      'rate-limited',
      `Te veel pogingen. Probeer het over ${Math.ceil(retryAfterSeconds / 60)} minuten opnieuw. / Too many attempts; try again later.`,
    ),
  reauthenticate: () =>
    new Problem(
      401,
      'reauthenticate',
      'Bevestig eerst dat u het bent: met uw tweede stap of een nieuwe aanmeldlink. / Confirm it is you first.',
    ),
  internal: () =>
    new Problem(
      500,
      'internal',
      'Er ging iets mis aan onze kant. Probeer het later opnieuw. / Something went wrong.',
    ),
};

/** zod issues → problem fields, with paths like "email" or "members.2.role". */
export function zodErrors(error: z.ZodError, prefix = ''): NonNullable<ProblemBody['errors']> {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return {
        path: path || '(body)',
        message: `Onbekend veld: ${issue.keys.join(', ')} / unknown field`,
      };
    }
    return { path: path || '(body)', message: issue.message };
  });
}
