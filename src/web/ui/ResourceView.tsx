// The three states of a loaded resource, rendered the same on every page: the loading sentence
// (role=status, announced politely), the error as a sentence with a retry button (role=alert),
// and, when ready, the page's own content or its empty state.
import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../problem.ts';
import { ErrorBlock, Loading } from './Status.tsx';
import type { Resource } from './use-resource.ts';

interface ResourceViewProps<T> {
  resource: Resource<T>;
  /** What the page shows once loaded; without it only the loading and error states render. */
  children?: (data: T) => ReactNode;
  /** A page's own sentence for some errors; `problemMessage` otherwise. */
  errorMessage?: (error: unknown) => string | null | undefined;
  /** Shown instead of the content when `isEmpty(data)` holds. */
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  loadingText?: string;
}

export function ResourceView<T>({
  resource,
  children,
  errorMessage,
  empty,
  isEmpty,
  loadingText,
}: ResourceViewProps<T>) {
  const { t } = useTranslation();
  if (resource.status === 'loading') return <Loading {...(loadingText ? { text: loadingText } : {})} />;
  if (resource.status === 'error') {
    const message = errorMessage?.(resource.error) ?? problemMessage(resource.error, t);
    return <ErrorBlock message={message} onRetry={() => void resource.reload()} />;
  }
  if (isEmpty?.(resource.data)) return typeof empty === 'string' ? <Paragraph>{empty}</Paragraph> : empty;
  return children ? children(resource.data) : null;
}
