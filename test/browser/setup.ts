// A browser walk through several pages, with axe on each, takes longer than other tests.
jest.setTimeout(120_000);
