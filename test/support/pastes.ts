/** The invitation the README's own example pastes: the web page's card, copied whole. */
export const PRIYA_PASTE = [
  'Priya Raman',
  'Head of Data Partnerships at Northwind Analytics',
  'Priya Raman wants to connect',
  '"Hi Sam, we met at the Data Council panel last week - would love to stay in touch."',
  '14 mutual connections',
  'View profile: https://www.linkedin.com/in/priya-raman-data',
].join('\n');
