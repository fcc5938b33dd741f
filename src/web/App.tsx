// Routes (Dutch paths). The session provider sits inside the router so every page can use both.
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AccountSecurity } from './account/AccountSecurity.tsx';
import { SecondFactor } from './account/SecondFactor.tsx';
import { SignIn } from './account/SignIn.tsx';
import { SignInLink } from './account/SignInLink.tsx';
import { MyAgenda } from './agenda/MyAgenda.tsx';
import { Colleges } from './college/Colleges.tsx';
import { CollegeViewPage } from './college/CollegeView.tsx';
import { MyCollege } from './college/MyCollege.tsx';
import { CommitteeViewPage } from './committee/CommitteeView.tsx';
import { ElectionList } from './committee/ElectionList.tsx';
import { ElectionLists } from './committee/ElectionLists.tsx';
import { DilemmaSession } from './conversation/DilemmaSession.tsx';
import { InterviewGuide } from './conversation/InterviewGuide.tsx';
import { Ondermijning } from './handreiking/Ondermijning.tsx';
import { VuistregelsManagePage, VuistregelsPage } from './handreiking/Vuistregels.tsx';
import { Zelfassessment } from './handreiking/Zelfassessment.tsx';
import { InstrumentList } from './instrument/InstrumentList.tsx';
import { InstrumentPreview } from './instrument/InstrumentPreview.tsx';
import { Zelfscan } from './instrument/Zelfscan.tsx';
import { MyNetwork } from './network/MyNetwork.tsx';
import { MyNevenfuncties } from './nevenfuncties/MyNevenfuncties.tsx';
import { PublicRegister } from './nevenfuncties/PublicRegister.tsx';
import { PublishRegister } from './nevenfuncties/PublishRegister.tsx';
import { TakeOver } from './nevenfuncties/TakeOver.tsx';
import { Members } from './organisation/Members.tsx';
import { Settings } from './organisation/Settings.tsx';
import { ProcedureDetail } from './procedures/ProcedureDetail.tsx';
import { Procedures } from './procedures/Procedures.tsx';
import { MyReport } from './report/MyReport.tsx';
import { ReleasedReport } from './report/ReleasedReport.tsx';
import { ResearchTables } from './research/ResearchTables.tsx';
import { Review } from './review/Review.tsx';
import { MyScan } from './scan/MyScan.tsx';
import { MyScans } from './scan/MyScans.tsx';
import { ExpertScreening } from './screening/ExpertScreening.tsx';
import { ScreeningConsent } from './screening/ScreeningConsent.tsx';
import { SessionProvider } from './session.tsx';
import { Home } from './shell/Home.tsx';
import { Layout } from './shell/Layout.tsx';
import { NotFound } from './shell/NotFound.tsx';
import { OrganisationHome } from './shell/OrganisationHome.tsx';
import { RequireSession } from './shell/RequireSession.tsx';

function Root() {
  return (
    <SessionProvider>
      <Layout />
    </SessionProvider>
  );
}

export const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      { path: 'aanmelden', element: <SignIn /> },
      { path: 'aanmelden/link', element: <SignInLink /> },
      { path: 'aanmelden/tweede-stap', element: <SecondFactor /> },
      // Public, no account: nothing the person answers leaves the browser.
      { path: 'zelfscan', element: <Zelfscan /> },
      // Public too: a group goes through dilemma cards on a shared screen; nothing is stored.
      { path: 'dilemmakaarten', element: <DilemmaSession /> },
      { path: 'zelfassessment', element: <Zelfassessment /> },
      { path: 'ondermijning-herkennen', element: <Ondermijning /> },
      // Public too: an organisation's published nevenfuncties (only what was published).
      { path: 'register/:slug/nevenfuncties', element: <PublicRegister /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <Home /> },
          { path: 'o/:tenantId', element: <OrganisationHome /> },
          { path: 'o/:tenantId/gebruikers', element: <Members /> },
          { path: 'o/:tenantId/instellingen', element: <Settings /> },
          { path: 'o/:tenantId/instrumenten', element: <InstrumentList /> },
          { path: 'o/:tenantId/instrumenten/:instrumentId', element: <InstrumentPreview /> },
          // The scan flow: opdrachtgever and expert…
          { path: 'o/:tenantId/procedures', element: <Procedures /> },
          { path: 'o/:tenantId/procedures/:procedureId', element: <ProcedureDetail /> },
          { path: 'o/:tenantId/procedures/:procedureId/scans/:scanId/rapport', element: <ReleasedReport /> },
          { path: 'o/:tenantId/procedures/:procedureId/scans/:scanId/beoordeling', element: <Review /> },
          {
            path: 'o/:tenantId/procedures/:procedureId/scans/:scanId/leidraad',
            element: <InterviewGuide />,
          },
          // …and the candidate.
          { path: 'o/:tenantId/mijn-scans', element: <MyScans /> },
          { path: 'o/:tenantId/mijn-scans/:scanId', element: <MyScan /> },
          { path: 'o/:tenantId/mijn-scans/:scanId/netwerk', element: <MyNetwork /> },
          { path: 'o/:tenantId/mijn-scans/:scanId/rapport', element: <MyReport /> },
          { path: 'o/:tenantId/mijn-scans/:scanId/agenda', element: <MyAgenda /> },
          { path: 'account/beveiliging', element: <AccountSecurity /> },
          // The college view: making one, a member's choice, the combined view for either reader.
          { path: 'o/:tenantId/colleges', element: <Colleges /> },
          { path: 'o/:tenantId/colleges/:collegeId', element: <CollegeViewPage back="colleges" /> },
          { path: 'o/:tenantId/mijn-college', element: <MyCollege /> },
          { path: 'o/:tenantId/mijn-college/:collegeId', element: <CollegeViewPage back="mijn-college" /> },
          // The kandidatencommissie: election lists, progress, the committee view and its leidraad.
          { path: 'o/:tenantId/kandidatenlijsten', element: <ElectionLists /> },
          { path: 'o/:tenantId/kandidatenlijsten/:procedureId', element: <ElectionList /> },
          {
            path: 'o/:tenantId/kandidatenlijsten/:procedureId/kandidaten/:scanId',
            element: <CommitteeViewPage />,
          },
          {
            path: 'o/:tenantId/kandidatenlijsten/:procedureId/kandidaten/:scanId/leidraad',
            element: <CommitteeViewPage print />,
          },
          // The antecedentenonderzoek: the candidate's consent, the expert's check.
          { path: 'o/:tenantId/mijn-scans/:scanId/toestemming', element: <ScreeningConsent /> },
          {
            path: 'o/:tenantId/procedures/:procedureId/scans/:scanId/antecedenten',
            element: <ExpertScreening />,
          },
          { path: 'o/:tenantId/vuistregels', element: <VuistregelsPage /> },
          { path: 'o/:tenantId/vuistregels/aanpassen', element: <VuistregelsManagePage /> },
          { path: 'o/:tenantId/onderzoek', element: <ResearchTables /> },
          // The nevenfuncties register: the official's own, the take-over from the scan, publishing.
          { path: 'o/:tenantId/nevenfuncties', element: <MyNevenfuncties /> },
          { path: 'o/:tenantId/nevenfuncties/uit-scan', element: <TakeOver /> },
          { path: 'o/:tenantId/nevenfuncties/publiceren', element: <PublishRegister /> },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
