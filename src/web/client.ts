// The one way the web calls the JSON API: `call(id, { params, query, body }, options)`, the route
// named by its id. What may be sent and what comes back are the route's own schemas (contract.ts);
// the method and the path come from the generated table, so no page builds an address by hand.
// Sending, errors (ApiError), CSRF token, language and keepalive stay with request() in api.ts;
// the address and method with address.ts.
import { addressOf, methodOf } from './address.ts';
import { type RequestOptions, request } from './api.ts';
import type { FileRouteId, Input, JsonRouteId, Reply } from './contract.ts';

/** The address of a file route (a PDF), for a page that fetches the bytes itself. */
export function fileAddress<Id extends FileRouteId>(id: Id, input: Input<Id>): string {
  return addressOf(id, input);
}

// The input may be left out when the route asks for nothing required (no parameters, no body).
type CallArgs<Id extends JsonRouteId> =
  object extends Input<Id>
    ? [input?: Input<Id>, options?: RequestOptions]
    : [input: Input<Id>, options?: RequestOptions];

/** Calls the route `id`; rejects with ApiError (api.ts) on a problem reply or a network error. */
export function call<Id extends JsonRouteId>(id: Id, ...[input, options]: CallArgs<Id>): Promise<Reply<Id>> {
  const { body } = (input ?? {}) as { body?: unknown };
  return request<Reply<Id>>(methodOf(id), addressOf(id, input), body, options);
}
