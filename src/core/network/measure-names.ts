// Names of the network measures that indicator rules may use (`network: <name>`). The network
// module (src/core/network) computes them; an instrument naming one before a network is filled in
// reads it as "not answered".
export const networkMeasureNames = [
  'contacts',
  'contexts',
  'multiplexContacts',
  'privateInterestOverlaps',
  'density',
  'components',
  'isolates',
  'constraint',
  'effectiveSize',
  'efficiency',
  'top3Share',
  'sensitiveExposure1',
  'sensitiveExposure2',
  'sensitiveExposureWeighted',
  'interestContacts',
  'interestContexts',
  'blau.gender',
  'blau.ageBand',
  'blau.place',
  'blau.sector',
  'iqv.gender',
  'iqv.ageBand',
  'iqv.place',
  'iqv.sector',
  'ei.gender',
  'ei.ageBand',
  'ei.place',
  'ei.sector',
] as const;

export type NetworkMeasureName = (typeof networkMeasureNames)[number];
