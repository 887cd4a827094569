import type { Jurisdiction } from "../../src/calendar/jurisdiction.js";

/**
 * Where date-holidays disagrees with the record, the record wins: GOV.UK's
 * own list for every year it covers (2011 onwards, see test/fixtures/govuk and
 * test/fixtures/historical), and before that the Banking and Financial
 * Dealings Act 1971 with the proclamations made under it. Each correction says
 * what it changes and where the change is published; `npm run gen:holidays`
 * applies them, and the GOV.UK and historical comparison tests prove them.
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
       * day whose title is not in GOV.UK's current list, the names as its
       * source gives them.
       */
      readonly name: { readonly govukTitle: string } | LiteralName;
      readonly substitute?: boolean;
      readonly source: string;
    }
  | {
      /** Keep the date, take the source's name and substitute flag for it. */
      readonly action: "rename";
      readonly date: string;
      readonly jurisdictions: readonly Jurisdiction[];
      readonly name: { readonly govukTitle: string } | LiteralName;
      readonly substitute: boolean;
      readonly source: string;
    }
  | {
      readonly action: "remove";
      readonly date: string;
      readonly jurisdictions: readonly Jurisdiction[];
      readonly source: string;
    };

/** A name given as its source spells it; Welsh only where the source has one. */
interface LiteralName {
  readonly en: string;
  readonly cy?: string;
}

const ALL: readonly Jurisdiction[] = ["england-and-wales", "wales", "scotland", "northern-ireland"];
const GREAT_BRITAIN: readonly Jurisdiction[] = ["england-and-wales", "wales", "scotland"];
const GOVUK_2026 = "GOV.UK bank-holidays.json, alphagov/frontend lib/data/bank-holidays.json at 609b0436da9f (test/fixtures/govuk)";
const GOVUK_2012 =
  "GOV.UK bank-holidays.json for 2012, alphagov/calendars lib/data/bank-holidays.json at 4fc4099f591e, blob 6f949feb26f5 (test/fixtures/historical)";
const GOVUK_2011 =
  "GOV.UK's data for 2011, alphagov/calendars lib/data/bank_holidays.json at b80f052c4558, blob 782c4434f2ad, dropped from GOV.UK's data on 2012-01-05 (test/fixtures/historical)";
const GOLDEN_JUBILEE =
  "Prime Minister's written answer, HC Deb 23 November 2000 vol 357 cc294-5W, with the support of the devolved administrations (the 2001 proclamation itself was not reached; before GOV.UK's list begins)";
const SCHEDULE_1_SCOTLAND =
  "Banking and Financial Dealings Act 1971, Schedule 1 para 2: in Scotland \"Christmas Day, if it be not a Sunday or, if it be a Sunday, 26th December\"";

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
  // GOV.UK marks the moved Spring bank holiday a substitute day in England,
  // Wales and Scotland but not in Northern Ireland.
  {
    action: "add",
    date: "2012-06-04",
    jurisdictions: GREAT_BRITAIN,
    name: { govukTitle: "bank_holidays.spring" },
    substitute: true,
    source: `${GOVUK_2012}: 04/06/2012, bank_holidays.spring, notes common.substitute_day`,
  },
  {
    action: "add",
    date: "2012-06-04",
    jurisdictions: ["northern-ireland"],
    name: { govukTitle: "bank_holidays.spring" },
    substitute: false,
    source: `${GOVUK_2012}: 04/06/2012 in northern-ireland, bank_holidays.spring, no notes`,
  },
  {
    action: "rename",
    date: "2012-06-05",
    jurisdictions: ALL,
    name: { en: "Queen’s Diamond Jubilee", cy: "Jiwbilî Diemwnt y Frenhines" },
    substitute: false,
    source: `${GOVUK_2012}: 05/06/2012, bank_holidays.queen_diamond, notes common.extra_bank_holiday; names from config/locales/en.yml and cy.yml at the same commit`,
  },
  // GOV.UK's 2011 data spells the title differently in Northern Ireland.
  {
    action: "add",
    date: "2011-04-29",
    jurisdictions: GREAT_BRITAIN,
    name: { en: "Royal wedding" },
    source: `${GOVUK_2011}: 29/04/2011, "Royal wedding" (the wedding of Prince William and Catherine Middleton)`,
  },
  {
    action: "add",
    date: "2011-04-29",
    jurisdictions: ["northern-ireland"],
    name: { en: "Royal Wedding" },
    source: `${GOVUK_2011}: 29/04/2011 in ni, "Royal Wedding"`,
  },
  {
    action: "remove",
    date: "2002-05-27",
    jurisdictions: ALL,
    source: `${GOLDEN_JUBILEE}: the Spring bank holiday, "which would otherwise fall on 27 May in 2002", moved to Tuesday 4 June`,
  },
  {
    action: "add",
    date: "2002-06-03",
    jurisdictions: ALL,
    name: { en: "Golden Jubilee bank holiday" },
    source: `${GOLDEN_JUBILEE}: "Monday 3 June, will be an additional Bank Holiday for the Golden Jubilee" (the name is ours: no source here gives a title)`,
  },
  {
    action: "add",
    date: "2002-06-04",
    jurisdictions: ALL,
    name: { govukTitle: "bank_holidays.spring" },
    substitute: true,
    source: `${GOLDEN_JUBILEE}: Tuesday 4 June 2002 "will be a Bank Holiday in place of the Spring Bank Holiday"`,
  },
  // St Andrew's Day has been a bank holiday in Scotland only since the St
  // Andrew's Day Bank Holiday (Scotland) Act 2007 (asp 2, in force 16 January
  // 2007); date-holidays gives it in every year.
  ...["2000-11-30", "2001-11-30", "2002-12-02", "2003-12-01", "2004-11-30", "2005-11-30", "2006-11-30"].map(
    (date): Correction => ({
      action: "remove",
      date,
      jurisdictions: ["scotland"],
      source: "St Andrew's Day Bank Holiday (Scotland) Act 2007 (asp 2), s.1, which first added 30 November to Schedule 1 para 2 of the Banking and Financial Dealings Act 1971; in force 16 January 2007",
    }),
  ),
  // Which of two substitute days takes which name. GOV.UK is not consistent
  // from year to year (with 1 January a Sunday, 2012 calls 2 January "2nd
  // January" and 2023 calls it "New Year's Day"; with Christmas Day a Sunday,
  // 2011 calls 26 December "Christmas Day" and 2016 "Boxing Day"), so these
  // are per date: GOV.UK's name where its list covers the year, Schedule 1's
  // where it does not.
  ...(
    [
      ["2022-01-03", "bank_holidays.new_year", ["scotland"], GOVUK_2026],
      ["2022-01-04", "bank_holidays.2nd_january", ["scotland"], GOVUK_2026],
      ["2023-01-02", "bank_holidays.new_year", ["scotland"], GOVUK_2026],
      ["2023-01-03", "bank_holidays.2nd_january", ["scotland"], GOVUK_2026],
      ["2028-01-03", "bank_holidays.new_year", ["scotland"], GOVUK_2026],
      ["2028-01-04", "bank_holidays.2nd_january", ["scotland"], GOVUK_2026],
      ["2011-01-03", "bank_holidays.new_year", ["scotland"], GOVUK_2011],
      ["2011-01-04", "bank_holidays.2nd_january", ["scotland"], GOVUK_2011],
      ["2011-12-26", "bank_holidays.christmas", ALL, GOVUK_2011],
      ["2011-12-27", "bank_holidays.boxing_day", ALL, GOVUK_2011],
      ["2005-12-26", "bank_holidays.christmas", ["scotland"], SCHEDULE_1_SCOTLAND],
      ["2005-12-27", "bank_holidays.boxing_day", ["scotland"], `${SCHEDULE_1_SCOTLAND}, so Boxing Day takes the next weekday`],
    ] as const
  ).map(
    ([date, govukTitle, jurisdictions, source]): Correction => ({
      action: "rename",
      date,
      jurisdictions,
      name: { govukTitle },
      substitute: true,
      source: `${source}: ${date} is ${govukTitle}, a substitute day`,
    }),
  ),
];
