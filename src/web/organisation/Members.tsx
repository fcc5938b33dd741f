// /o/:tenantId/gebruikers — for beheerders: who has access, invite someone, change a role,
// block or restore access, send an invitation again.
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type Role, roles } from '../../core/vocabulary.ts';
import { call } from '../client.ts';
import type { Member } from '../contract.ts';
import { problemMessage } from '../problem.ts';
import { may, type Organisation, organisationFor, useSession } from '../session.tsx';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import { ErrorSummary, type FieldErrors, SelectField, summarise } from '../ui/forms.tsx';
import { InviteeFields, useInviteeForm } from '../ui/InviteeFields.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import { BeheerderOnly } from './BeheerderOnly.tsx';

function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function Members() {
  const { session } = useSession();
  const { tenantId } = useParams();
  const organisation = session ? organisationFor(session, tenantId) : undefined;
  if (!session || !organisation) return <NoAccess />;
  if (!may(organisation, 'members.list')) return <BeheerderOnly />;
  return <MembersPage organisation={organisation} currentUserId={session.user.id} />;
}

function MembersPage({ organisation, currentUserId }: { organisation: Organisation; currentUserId: string }) {
  const { t } = useTranslation();
  const tenantId = organisation.tenantId;
  const load = useResource(
    async () => (await call('organisation.listMembers', { params: { tenantId } })).members,
    [tenantId],
  );
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const replace = (member: Member) => {
    load.update((members) => members.map((m) => (m.id === member.id ? member : m)));
  };

  const add = (member: Member) => {
    load.update((members) => [...members.filter((m) => m.id !== member.id), member]);
  };

  const members = load.status === 'ready' ? load.data : [];
  const editingMember = members.find((member) => member.id === editing) ?? null;

  const closeEditor = () => {
    const id = editing;
    setEditing(null);
    if (id) window.setTimeout(() => document.getElementById(`edit-${id}`)?.focus(), 0);
  };

  return (
    <>
      <PageTitle>{t('members.title')}</PageTitle>
      <Paragraph lead>{t('members.intro', { org: organisation.tenantName })}</Paragraph>
      <StatusMessage>{status}</StatusMessage>

      <ResourceView resource={load} />
      {load.status === 'ready' ? (
        members.length === 0 ? (
          <Paragraph>{t('members.empty')}</Paragraph>
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          <section className="weerbaar-table-scroll" aria-label={t('members.tableRegion')} tabIndex={0}>
            <Table className="weerbaar-table">
              <TableCaption>{t('members.tableCaption', { org: organisation.tenantName })}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('members.nameAndEmail')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('members.role')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('members.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('members.actions')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {members.map((member) => (
                  <TableRow key={member.id}>
                    <TableHeaderCell scope="row">
                      {member.displayName}
                      {member.userId === currentUserId ? ` ${t('members.you')}` : null}
                      <span className="weerbaar-table__email">{member.email}</span>
                    </TableHeaderCell>
                    <TableCell>{t(`roles.${member.role}`)}</TableCell>
                    <TableCell>
                      <span className={`weerbaar-badge weerbaar-badge--${member.status}`}>
                        {t(`memberStatus.${member.status}`)}
                      </span>
                    </TableCell>
                    <TableCell>
                      {member.userId === currentUserId && member.role === 'beheerder' ? null : (
                        <Button
                          id={`edit-${member.id}`}
                          appearance="secondary-action-button"
                          type="button"
                          aria-label={t('members.editLabel', { name: member.displayName })}
                          aria-expanded={editing === member.id}
                          aria-controls={editing === member.id ? 'member-editor' : undefined}
                          onClick={() => {
                            setEditing(member.id);
                            window.setTimeout(
                              () => document.getElementById('member-editor-title')?.focus(),
                              0,
                            );
                          }}
                        >
                          {t('members.edit')}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
        )
      ) : null}

      {editingMember ? (
        <MemberEditor
          key={editingMember.id}
          tenantId={tenantId}
          member={editingMember}
          onChanged={(member, message) => {
            replace(member);
            setStatus(message);
          }}
          onMessage={setStatus}
          onClose={closeEditor}
        />
      ) : null}

      <InviteForm
        tenantId={tenantId}
        onInvited={(member) => {
          add(member);
          setStatus(t('members.invited', { name: member.displayName, email: member.email }));
        }}
      />
    </>
  );
}

function MemberEditor({
  tenantId,
  member,
  onChanged,
  onMessage,
  onClose,
}: {
  tenantId: string;
  member: Member;
  onChanged: (member: Member, message: string) => void;
  onMessage: (message: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(member.role);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<null | 'role' | 'status' | 'resend'>(null);

  const run = async (kind: 'role' | 'status' | 'resend', action: () => Promise<void>) => {
    if (busy) return;
    setBusy(kind);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(problemMessage(caught, t));
    } finally {
      setBusy(null);
    }
  };

  const saveRole = (event: FormEvent) => {
    event.preventDefault();
    void run('role', async () => {
      const result = await call('organisation.updateMember', {
        params: { tenantId, membershipId: member.id },
        body: { role },
      });
      onChanged(
        result.member,
        t('members.roleChanged', { name: result.member.displayName, role: t(`roles.${result.member.role}`) }),
      );
    });
  };

  const toggleStatus = () => {
    const next = member.status === 'disabled' ? 'active' : 'disabled';
    void run('status', async () => {
      const result = await call('organisation.updateMember', {
        params: { tenantId, membershipId: member.id },
        body: { status: next },
      });
      onChanged(
        result.member,
        t(next === 'disabled' ? 'members.disabled' : 'members.enabled', { name: result.member.displayName }),
      );
    });
  };

  const resend = () => {
    void run('resend', async () => {
      await call('organisation.resendInvitation', { params: { tenantId, membershipId: member.id } });
      onMessage(t('members.resent', { email: member.email }));
    });
  };

  return (
    <section id="member-editor" aria-labelledby="member-editor-title" className="weerbaar-panel">
      <Heading2 id="member-editor-title" tabIndex={-1}>
        {t('members.editTitle', { name: member.displayName })}
      </Heading2>
      <ErrorSummary errors={[]} message={error} />

      <form noValidate onSubmit={saveRole} className="weerbaar-form">
        <SelectField
          id="edit-role"
          label={t('members.roleLabel')}
          value={role}
          onValueChange={(value) => isRole(value) && setRole(value)}
        >
          {roles.map((value) => (
            <SelectOption key={value} value={value}>
              {t(`roles.${value}`)}
            </SelectOption>
          ))}
        </SelectField>
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={busy === 'role'}>
            {t('members.changeRole')}
          </Button>
        </ButtonGroup>
      </form>

      {member.status !== 'invited' ? (
        <>
          <Heading3>{t('members.accessTitle')}</Heading3>
          <Paragraph>{t('members.disableHelp')}</Paragraph>
          <ButtonGroup>
            <Button
              appearance="secondary-action-button"
              hint={member.status === 'disabled' ? undefined : 'danger'}
              type="button"
              busy={busy === 'status'}
              onClick={toggleStatus}
            >
              {member.status === 'disabled' ? t('members.enable') : t('members.disable')}
            </Button>
          </ButtonGroup>
        </>
      ) : null}

      {member.status === 'invited' ? (
        <>
          <Heading3>{t('members.invitationTitle')}</Heading3>
          <Paragraph>{t('members.invitationHelp', { name: member.displayName })}</Paragraph>
          <ButtonGroup>
            <Button
              appearance="secondary-action-button"
              type="button"
              busy={busy === 'resend'}
              onClick={resend}
            >
              {t('members.resend')}
            </Button>
          </ButtonGroup>
        </>
      ) : null}

      <ButtonGroup>
        <Button appearance="subtle-button" type="button" onClick={onClose}>
          {t('common.close')}
        </Button>
      </ButtonGroup>
    </section>
  );
}

const INVITE_FIELDS = ['invite-email', 'invite-name', 'invite-role'];
const SERVER_FIELD: Record<string, string> = {
  email: 'invite-email',
  displayName: 'invite-name',
  name: 'invite-name',
  role: 'invite-role',
};

function InviteForm({ tenantId, onInvited }: { tenantId: string; onInvited: (member: Member) => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState('');
  const form = useInviteeForm({
    prefix: 'invite',
    fields: INVITE_FIELDS,
    serverFields: SERVER_FIELD,
    check: (): FieldErrors => (isRole(role) ? {} : { 'invite-role': t('members.roleRequired') }),
    // The check above has made sure the role is one.
    send: (invitee) =>
      call('organisation.inviteMember', { params: { tenantId }, body: { ...invitee, role: role as Role } }),
    onSent: ({ member }) => onInvited(member),
    reset: () => setRole(''),
  });
  const { errors, message, busy, submit } = form;

  return (
    <section aria-labelledby="invite-title" className="weerbaar-section">
      <Heading2 id="invite-title">{t('members.inviteTitle')}</Heading2>
      <Paragraph>{t('members.inviteIntro')}</Paragraph>
      <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
        <ErrorSummary errors={summarise(errors, INVITE_FIELDS)} message={message} />
        <InviteeFields
          prefix="invite"
          labels={{
            email: t('members.email'),
            name: t('members.nameLabel'),
            nameDescription: t('members.nameDescription'),
          }}
          form={form}
        />
        <SelectField
          id="invite-role"
          label={t('members.roleLabel')}
          error={errors['invite-role']}
          value={role}
          onValueChange={setRole}
        >
          <SelectOption value="">{t('members.roleChoose')}</SelectOption>
          {roles.map((value) => (
            <SelectOption key={value} value={value}>
              {t(`roles.${value}`)}
            </SelectOption>
          ))}
        </SelectField>
        <details className="weerbaar-details">
          <summary>{t('members.rolesExplained')}</summary>
          <dl className="weerbaar-definitions">
            {roles.map((value) => (
              <div key={value}>
                <dt>{t(`roles.${value}`)}</dt>
                <dd>{t(`roleDescriptions.${value}`)}</dd>
              </div>
            ))}
          </dl>
        </details>
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={busy}>
            {t('members.inviteSubmit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
