// Routes (Dutch paths). The session provider sits inside the router so every page can use both.
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Layout } from './components/Layout.tsx';
import { RequireSession } from './components/RequireSession.tsx';
import { AccountSecurity } from './routes/AccountSecurity.tsx';
import { DilemmaSession } from './routes/DilemmaSession.tsx';
import { Home } from './routes/Home.tsx';
import { InstrumentList } from './routes/InstrumentList.tsx';
import { InstrumentPreview } from './routes/InstrumentPreview.tsx';
import { InterviewGuide } from './routes/InterviewGuide.tsx';
import { Members } from './routes/Members.tsx';
import { MyAgenda } from './routes/MyAgenda.tsx';
import { MyNetwork } from './routes/MyNetwork.tsx';
import { MyReport } from './routes/MyReport.tsx';
import { MyScan } from './routes/MyScan.tsx';
import { MyScans } from './routes/MyScans.tsx';
import { NotFound } from './routes/NotFound.tsx';
import { OrganisationHome } from './routes/OrganisationHome.tsx';
import { ProcedureDetail } from './routes/ProcedureDetail.tsx';
import { Procedures } from './routes/Procedures.tsx';
import { ReleasedReport } from './routes/ReleasedReport.tsx';
import { Review } from './routes/Review.tsx';
import { SecondFactor } from './routes/SecondFactor.tsx';
import { Settings } from './routes/Settings.tsx';
import { SignIn } from './routes/SignIn.tsx';
import { SignInLink } from './routes/SignInLink.tsx';
import { Zelfscan } from './routes/Zelfscan.tsx';
import { SessionProvider } from './session.tsx';

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
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
