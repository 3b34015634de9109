// Drive the room's phone page (room.js) with a tiny stand-in DOM against a real room server:
//   node room_page_drive.js ROOM_JS URL CODE CARD_TEXT
// Prints what a phone would show, one JSON line per screen (tests/test_room_page.py reads them).
const [script, url, code] = process.argv.slice(2);
const fs = require("fs");
const els = {};
function el(id) {
  if (!els[id]) els[id] = { id, hidden: false, textContent: "", value: "", dataset: {}, children: [], listeners: {},
    addEventListener(t, f) { this.listeners[t] = f; }, replaceChildren() { this.children = []; },
    appendChild(c) { this.children.push(c); }, set onclick(f) { this.listeners.click = f; } };
  return els[id];
}
const store = {};
global.window = { localStorage: { getItem: (k) => store[k] ?? null, setItem: (k, v) => { store[k] = v; }, removeItem: (k) => { delete store[k]; } } };
global.document = { getElementById: el, documentElement: {}, hidden: false, addEventListener() {},
  createElement: (tag) => ({ tag, textContent: "", children: [], listeners: {}, addEventListener(t, f) { this.listeners[t] = f; }, appendChild(c) { this.children.push(c); } }) };
global.location = { hash: "#" + code };
const realFetch = fetch;
global.fetch = (path, opts) => realFetch(url.replace(/\/$/, "") + path, opts);

eval(fs.readFileSync(script, "utf8"));
const pause = require("timers/promises").setTimeout;
async function until(cond) {  // what a phone waits for, never a fixed delay
  for (let i = 0; i < 500 && !cond(); i++) await pause(20);
  if (!cond()) throw new Error("the page never got there: " + cond);
}
const say = (o) => console.log(JSON.stringify(o));
(async () => {
  await until(() => el("code-label").textContent !== "");
  say({ code: el("code").value, label: el("code-label").textContent, asks_code: !el("join-code").hidden });
  el("code-next").listeners.click();
  await until(() => !el("join-name").hidden);
  say({ people: el("people").children.map((li) => li.children[0].textContent), title: el("title").textContent });
  el("people").children[0].children[0].listeners.click();
  await until(() => el("item").textContent !== "");
  say({ item: el("item").textContent, step: el("step").textContent, prompt: el("prompt").textContent,
        takes_cards: !el("card-form").hidden });
  el("card-text").value = process.argv[5];
  el("card-form").listeners.submit({ preventDefault() {} });
  await until(() => el("mine").children.length > 0);
  say({ status: el("status").textContent, mine: el("mine").children.map((li) => li.textContent) });
  process.exit(0);
})().catch((e) => { console.error(e.message); process.exit(1); });
