// The calculator's words in the page's language. The page is built in English
// (index.html) and in Welsh (index.cy.html); its switch changes the words in
// place, so that what was entered stays. Words the build wrote carry their
// message's key (data-msg); words this script writes are bound to their
// element here, and written again when the language switches.
import type { Language } from "../../src/index.js";
import { HTML_LANG, t, type SiteKey, type SiteParams } from "../messages/index.js";

let current: Language = document.documentElement.lang.startsWith("cy") ? "cy" : "en";

/** The language the page is in now. */
export const pageLanguage = (): Language => current;

const bound = new WeakMap<Element, Map<string, (lang: Language) => string>>();

/** Keeps an element's text (or an attribute) in the page's language: written now, and again at every switch. */
export function bind<T extends Element>(element: T, render: (lang: Language) => string, attribute = ""): T {
  let renders = bound.get(element);
  if (renders === undefined) {
    renders = new Map();
    bound.set(element, renders);
  }
  renders.set(attribute, render);
  element.setAttribute("data-i18n", "");
  write(element, attribute, render(current));
  return element;
}

/** Keeps an element's text (or an attribute) the message `key` of the page's language. */
export function say<T extends Element>(element: T, key: SiteKey, params: SiteParams = {}, attribute = ""): T {
  return bind(element, (lang) => t(lang, key, params), attribute);
}

/** Empties an element and forgets its words, so that a switch does not bring them back. */
export function unsay(element: Element): void {
  bound.delete(element);
  element.removeAttribute("data-i18n");
  element.textContent = "";
}

function write(element: Element, attribute: string, text: string): void {
  if (attribute === "") element.textContent = text;
  else element.setAttribute(attribute, text);
}

/** Puts every word of the page into `lang`, and marks the page as in it. */
export function setLanguage(lang: Language): void {
  current = lang;
  document.documentElement.lang = HTML_LANG[lang];
  document.title = t(lang, "site.name.suffix", { title: t(lang, "calc.title") });
  document.querySelector('meta[name="description"]')?.setAttribute("content", t(lang, "calc.description"));
  for (const element of document.querySelectorAll<HTMLElement>("[data-msg]")) element.textContent = t(lang, element.dataset.msg as SiteKey);
  for (const element of document.querySelectorAll<HTMLElement>("[data-msg-aria-label]")) element.setAttribute("aria-label", t(lang, element.dataset.msgAriaLabel as SiteKey));
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-href-en]")) link.setAttribute("href", (lang === "cy" ? link.dataset.hrefCy : link.dataset.hrefEn) ?? link.href);
  for (const element of document.querySelectorAll("[data-i18n]")) for (const [attribute, render] of bound.get(element) ?? []) write(element, attribute, render(lang));
}
