import type { Jurisdiction } from "../../src/calendar/jurisdiction.js";

/**
 * Where date-holidays and GOV.UK disagree, GOV.UK wins. Each correction says
 * what it changes and where the change is published; `npm run gen:holidays`
 * applies them and the GOV.UK comparison test proves them.
 *
 * To add a newly proclaimed bank holiday before a date-holidays release
 * carries it: add an `add` entry here with the proclamation as its source,
 * run `npm run gen:holidays`, and commit the regenerated table.
 */
export type Correction =
  | {
      readonly action: "add";
      readonly date: string;
      readonly jurisdictions: readonly Jurisdiction[];
      /**
       * GOV.UK's title key, which gives the English and Welsh names; or, for a
       * day before GOV.UK's list begins, the English name alone.
       */
      readonly name: { readonly govukTitle: string } | { readonly en: string };
      readonly substitute?: boolean;
      readonly source: string;
    }
  | {
      /** Keep the date, take GOV.UK's name and substitute flag for it. */
      readonly action: "rename";
      readonly date: string;
      readonly jurisdictions: readonly Jurisdiction[];
      readonly name: { readonly govukTitle: string };
      readonly substitute: boolean;
      readonly source: string;
    }
  | {
      readonly action: "remove";
      readonly date: string;
      readonly jurisdictions: readonly Jurisdiction[];
      readonly source: string;
    };

const ALL: readonly Jurisdiction[] = ["england-and-wales", "wales", "scotland", "northern-ireland"];
const GOVUK_2026 = "GOV.UK bank-holidays.json, alphagov/frontend lib/data/bank-holidays.json at 609b0436da9f (test/fixtures/govuk)";
const GOVUK_2012 = "GOV.UK bank-holidays.json for 2012, alphagov/calendars lib/data/bank-holidays.json";

export const CORRECTIONS: readonly Correction[] = [
  // One-off days that date-holidays 3.37 lacks.
  {
    action: "add",
    date: "2026-06-15",
    jurisdictions: ["scotland"],
    name: { govukTitle: "bank_holidays.world_cup" },
    source: `${GOVUK_2026}, commit "Add world cup bank holday for Scotland" (2026-02-25)`,
  },
  {
    action: "remove",
    date: "2012-05-28",
    jurisdictions: ALL,
    source: `${GOVUK_2012}: the Spring bank holiday of 2012 was moved to Monday 4 June for the Diamond Jubilee`,
  },
  {
    action: "add",
    date: "2012-06-04",
    jurisdictions: ALL,
    name: { govukTitle: "bank_holidays.spring" },
    substitute: true,
    source: `${GOVUK_2012}: 04/06/2012, bank_holidays.spring, notes common.substitute_day`,
  },
  {
    action: "add",
    date: "2011-04-29",
    jurisdictions: ALL,
    name: { en: "Bank holiday for the wedding of Prince William and Catherine Middleton" },
    source: "Royal Proclamation of 2010 under the Banking and Financial Dealings Act 1971, s.1(3): the wedding of Prince William, 29 April 2011, a bank holiday throughout the United Kingdom (before GOV.UK's list begins)",
  },
  {
    action: "remove",
    date: "2002-05-27",
    jurisdictions: ALL,
    source: "Royal Proclamation of 2001 under the Banking and Financial Dealings Act 1971: the Spring bank holiday of 2002 was moved to Tuesday 4 June for the Golden Jubilee (before GOV.UK's list begins)",
  },
  {
    action: "add",
    date: "2002-06-03",
    jurisdictions: ALL,
    name: { en: "Golden Jubilee bank holiday" },
    source: "Royal Proclamation of 2001 under the Banking and Financial Dealings Act 1971: Monday 3 June 2002, the Golden Jubilee, a bank holiday throughout the United Kingdom (before GOV.UK's list begins)",
  },
  {
    action: "add",
    date: "2002-06-04",
    jurisdictions: ALL,
    name: { govukTitle: "bank_holidays.spring" },
    substitute: true,
    source: "Royal Proclamation of 2001 under the Banking and Financial Dealings Act 1971: the Spring bank holiday of 2002 on Tuesday 4 June (before GOV.UK's list begins)",
  },
  // Scotland, when 1 January falls on a weekend: date-holidays and GOV.UK give
  // the two substitute days the opposite names. GOV.UK is not consistent from
  // year to year (2012 follows date-holidays' order), so these are per date.
  ...(
    [
      ["2022-01-03", "bank_holidays.new_year"],
      ["2022-01-04", "bank_holidays.2nd_january"],
      ["2023-01-02", "bank_holidays.new_year"],
      ["2023-01-03", "bank_holidays.2nd_january"],
      ["2028-01-03", "bank_holidays.new_year"],
      ["2028-01-04", "bank_holidays.2nd_january"],
    ] as const
  ).map(
    ([date, govukTitle]): Correction => ({
      action: "rename",
      date,
      jurisdictions: ["scotland"],
      name: { govukTitle },
      substitute: true,
      source: `${GOVUK_2026}: ${date} is ${govukTitle}, a substitute day`,
    }),
  ),
];
