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
import { DilemmaSession } from './conversation/DilemmaSession.tsx';
import { InterviewGuide } from './conversation/InterviewGuide.tsx';
import { Ondermijning } from './handreiking/Ondermijning.tsx';
import { VuistregelsManagePage, VuistregelsPage } from './handreiking/Vuistregels.tsx';
import { Zelfassessment } from './handreiking/Zelfassessment.tsx';
import { InstrumentList } from './instrument/InstrumentList.tsx';
import { InstrumentPreview } from './instrument/InstrumentPreview.tsx';
import { Zelfscan } from './instrument/Zelfscan.tsx';
import { MyNetwork } from './network/MyNetwork.tsx';
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
import { Respond } from './surveys/Respond.tsx';
import { SurveyRound } from './surveys/SurveyRound.tsx';
import { SurveyRounds } from './surveys/SurveyRounds.tsx';
import { WorkshopPage } from './workshop/Workshop.tsx';

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
      // An organisation survey's respondent: no account; the answers are only counted.
      { path: 'enquete/:roundId', element: <Respond /> },
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
          // The antecedentenonderzoek: the candidate's consent, the expert's check.
          { path: 'o/:tenantId/mijn-scans/:scanId/toestemming', element: <ScreeningConsent /> },
          {
            path: 'o/:tenantId/procedures/:procedureId/scans/:scanId/antecedenten',
            element: <ExpertScreening />,
          },
          { path: 'o/:tenantId/vuistregels', element: <VuistregelsPage /> },
          { path: 'o/:tenantId/vuistregels/aanpassen', element: <VuistregelsManagePage /> },
          { path: 'o/:tenantId/onderzoek', element: <ResearchTables /> },
          { path: 'o/:tenantId/enquetes', element: <SurveyRounds /> },
          { path: 'o/:tenantId/enquetes/:roundId', element: <SurveyRound /> },
          // The workshop after a survey round (the datavolwassenheidsscan) and its report.
          { path: 'o/:tenantId/enquetes/:roundId/workshop', element: <WorkshopPage /> },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
