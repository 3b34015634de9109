// The room's phone page. Every text from the server is set with textContent, never as HTML.
// Answers wait in localStorage ("room-pending") until the server acknowledges them: after the
// phone slept or the laptop's room was closed and opened again, they are sent again (the page
// joins again with the code and name it kept).
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const store = window.localStorage;
  const FORMS = { card: "card-form", vote: "vote-form", rating: "rating-form", placement: "matrix-form",
                  action: "action-form" };
  let texts = {};
  let token = store.getItem("room-token");
  let pending = JSON.parse(store.getItem("room-pending") || "[]");
  let now = null;       // the last /api/activity
  let shownKey = "";    // the item, step and kind the forms were built for
  let shownAt = "";     // the item and step (or the end) the status was last about
  let myMine = { cards: [], votes: [], ratings: [], actions: [] };

  function show(id) {
    for (const s of ["join-code", "join-name", "answer"]) $(s).hidden = s !== id;
  }
  function say(text, waiting) {
    $("status").textContent = text || "";
    $("status").className = waiting ? "wait" : "";
  }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
  }
  function make(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  }

  async function call(method, path, body) {
    const headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    const response = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined });
    const data = await response.json();
    if (!response.ok) {
      const e = new Error(data.error || response.statusText);
      e.status = response.status;
      e.removed = data.removed === true;  // the facilitator removed this phone: no joining again by itself
      throw e;
    }
    return data;
  }

  function label(id, key) { $(id).textContent = texts[key]; }

  async function start() {
    const t = await call("GET", "/api/texts");
    texts = t.texts;
    document.documentElement.lang = t.language;
    document.title = texts.page_title;
    label("code-label", "code"); label("code-next", "next"); label("who", "who"); label("no-name", "no_name");
    label("card-label", "card"); label("card-send", "send"); label("vote-send", "send_votes");
    label("rating-send", "send_ratings"); label("matrix-send", "send_places");
    label("a-text-label", "a_text"); label("a-due-label", "a_due"); label("a-measure-label", "a_measure");
    label("a-strategy-label", "a_strategy"); label("a-support-label", "a_support");
    label("a-checkin-label", "a_checkin"); label("a-checkin-with-label", "a_checkin_with");
    label("action-new", "a_new"); label("with-name", "with_name");
    const hash = decodeURIComponent(location.hash.slice(1));
    $("code").value = hash || store.getItem("room-code") || "";
    if (token) { show("answer"); poll(); } else show("join-code");
  }

  async function people() {
    const code = $("code").value.trim();
    try {
      const found = await call("POST", "/api/people", { code });
      $("title").textContent = found.workshop;
      const list = $("people");
      list.replaceChildren();
      for (const p of found.participants) {
        const li = make("li");
        const b = make("button", p.name, { type: "button" });
        b.addEventListener("click", () => join(code, p.id));
        li.appendChild(b);
        list.appendChild(li);
      }
      $("no-name").onclick = () => join(code, null);
      say("");
      show("join-name");
    } catch (e) { say(e.message); }
  }

  async function join(code, participant) {
    try {
      token = (await call("POST", "/api/join", { code, participant })).token;
      store.setItem("room-token", token);
      store.setItem("room-code", code);
      store.setItem("room-participant", JSON.stringify(participant));
      show("answer");
      poll();
    } catch (e) { say(e.message); }
  }

  // The room was closed and opened again (tokens forgotten): join again as before, once.
  async function rejoin() {
    const code = store.getItem("room-code");
    token = null;
    store.removeItem("room-token");
    if (!code) return false;
    try {
      token = (await call("POST", "/api/join", { code, participant: JSON.parse(store.getItem("room-participant")) })).token;
      store.setItem("room-token", token);
      return true;
    } catch (e) { return false; }
  }

  function keep() { store.setItem("room-pending", JSON.stringify(pending)); }

  // Each answer's own id: sent again after a lost reply, the server answers it without storing
  // it twice. getRandomValues, not randomUUID: the room is plain HTTP, not a "secure context".
  function answerId() {
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function queue(bodies) {
    pending.push(...bodies.map((b) => Object.assign({ answer_id: answerId() }, b)));
    keep();
    if (now) showMine(now, now.may_send[0] || "");
    refused = "";
    return flush().then(() => {
      if (pending.length) return;
      say(refused || texts.sent);  // a refusal is never covered by "Sent"
      refresh().catch(() => {});
    });
  }

  let flushing = null;
  let keepOnce = false;  // the message just shown outlives the next move to another step
  let refused = "";  // the last refusal's message since the last answer was queued
  function flush() {
    if (!flushing) flushing = sendAll().finally(() => { flushing = null; });
    return flushing;
  }
  async function sendAll() {
    while (pending.length) {
      try { await call("POST", "/api/submit", pending[0]); }
      catch (e) {
        if (e.status === 401 && !e.removed && await rejoin()) continue;
        if (e.status === 401) { signedOut(e.message); return; }
        if (e.status === undefined || e.status >= 500 || e.status === 429) { say(texts.pending, true); return; }
        refused = e.message;  // refused for good (moved on, over the budget): dropped, its message shown
        say(refused);
        keepOnce = true;  // even if the refresh that follows finds the facilitator moved on
      }
      pending.shift();
      keep();
    }
  }

  function signedOut(message) {
    token = null;
    store.removeItem("room-token");
    show("join-code");
    say(message);
  }

  // -- the forms, one per kind ---------------------------------------------------------------
  function buildVote(a) {
    const box = $("vote-options");
    box.replaceChildren();
    const mineHere = new Map(myMine.votes.filter((v) => v.item === a.item.id).map((v) => [v.card, v.dots]));
    const budget = a.dots;
    a.options.forEach((o, i) => {
      const id = "vote-" + o.id;
      box.appendChild(make("label", o.text, { for: id }));
      const input = make("input", undefined, { id, type: "number", min: "0", inputmode: "numeric",
                                               "data-card": String(o.id), "data-index": String(i) });
      if (budget !== null && budget !== undefined) input.max = String(budget);
      input.value = String(mineHere.get(o.id) || 0);
      input.dataset.was = input.value;
      input.addEventListener("input", dotsLeft);
      box.appendChild(input);
    });
    dotsLeft();
  }
  function dotsLeft() {
    const b = now && now.dots;
    if (b === null || b === undefined) { $("dots-left").textContent = texts.vote_help; return; }
    let used = 0;
    for (const i of $("vote-options").querySelectorAll("input")) used += Number(i.value) || 0;
    $("dots-left").textContent = fill(texts.dots_left, { left: b - used, total: b });
  }
  function votes() {
    const bodies = [];
    for (const i of $("vote-options").querySelectorAll("input")) {
      const dots = Math.max(0, Math.floor(Number(i.value) || 0));
      if (String(dots) !== i.dataset.was) bodies.push({ kind: "vote", card: Number(i.dataset.card), dots, was: Number(i.dataset.was) });
    }
    bodies.sort((x, y) => (x.dots - x.was) - (y.dots - y.was));  // dots taken back first
    return bodies.map((b) => ({ kind: "vote", card: b.card, dots: b.dots, item: now.item.id }));
  }

  function buildRating(a) {
    const box = $("rating-criteria");
    box.replaceChildren();
    const mineHere = new Map(myMine.ratings.filter((r) => r.item === a.item.id).map((r) => [r.criterion, r.value]));
    a.criteria.forEach((c, i) => {
      const id = "rate-" + i;
      box.appendChild(make("label", c, { for: id }));
      const select = make("select", undefined, { id, "data-criterion": c });
      select.appendChild(make("option", texts.choose, { value: "" }));
      for (let v = a.scale.min; v <= a.scale.max; v++) select.appendChild(make("option", String(v), { value: String(v) }));
      select.value = mineHere.has(c) ? String(mineHere.get(c)) : "";
      box.appendChild(select);
    });
  }
  function ratings() {
    return [...$("rating-criteria").querySelectorAll("select")].filter((s) => s.value !== "")
      .map((s) => ({ kind: "rating", criterion: s.dataset.criterion, value: Number(s.value), item: now.item.id }));
  }

  // The 2x2 is the room's, shared as on the wall: each candidate starts where it is now (from
  // /api/activity) and follows the others' moves until this phone moves one of its sliders; only
  // the candidates moved here are sent (an axis not moved keeps its exact place).
  function axisSlider(box, o, name, axis) {
    const id = "place-" + name + "-" + o.id;
    const title = axis && axis.label ? axis.label : texts[name === "x" ? "across" : "up"];
    box.appendChild(make("label", title, { for: id }));
    const input = make("input", undefined, { id, type: "range", min: "0", max: "100", step: "5", value: "50",
                                             "data-axis": name, "aria-describedby": "place-note-" + o.id });
    input.addEventListener("input", () => {
      input.dataset.moved = "1";
      box.dataset.moved = "1";
      box.querySelector(".unplaced").hidden = true;
      drawMap();
    });
    box.appendChild(input);
    const ends = make("div", undefined, { class: "ends", "aria-hidden": "true" });
    ends.appendChild(make("span", (axis && axis.low) || texts.low));
    ends.appendChild(make("span", (axis && axis.high) || texts.high));
    box.appendChild(ends);
  }
  function placeAt(set, o) {
    const isPlaced = o.x !== null && o.x !== undefined;
    set.dataset.x = isPlaced ? String(o.x) : "0.5";
    set.dataset.y = isPlaced ? String(o.y) : "0.5";
    for (const name of ["x", "y"]) set.querySelector("[data-axis=" + name + "]").value = String(Math.round(Number(set.dataset[name]) * 100));
    set.querySelector(".unplaced").hidden = isPlaced;
  }
  // A small picture of the 2x2 above the sliders (for the eyes: the sliders say the same to a
  // screen reader): each candidate's number where its sliders put it, the placed ones only.
  function buildMap(a) {
    const map = make("div", undefined, { class: "map", "aria-hidden": "true" });
    const name = (n) => (a.axes[n] && a.axes[n].label) || texts[n === "x" ? "across" : "up"];
    map.appendChild(make("span", "\u2191 " + name("y"), { class: "map-y" }));
    map.appendChild(make("span", name("x") + " \u2192", { class: "map-x" }));
    a.options.forEach((o, i) => map.appendChild(make("span", String(i + 1), { class: "dot", "data-card": String(o.id) })));
    return map;
  }
  function drawMap() {
    const box = $("matrix-options");
    const map = box.querySelector(".map");
    if (!map) return;
    for (const f of box.querySelectorAll("fieldset")) {
      const dot = map.querySelector(".dot[data-card='" + f.dataset.card + "']");
      if (!dot) continue;
      const at = (n) => Number(f.querySelector("[data-axis=" + n + "]").value) / 100;
      dot.hidden = !f.querySelector(".unplaced").hidden;  // not placed yet: not on the picture
      dot.style.left = "calc(1.1rem + (100% - 2.2rem) * " + at("x") + ")";
      dot.style.bottom = "calc(1.1rem + (100% - 2.2rem) * " + at("y") + ")";
    }
  }
  function buildMatrix(a) {
    const box = $("matrix-options");
    const moved = new Map([...box.querySelectorAll("fieldset[data-moved]")].map((f) => [f.dataset.card, f]));
    box.replaceChildren(buildMap(a));
    a.options.forEach((o, i) => {
      const earlier = moved.get(String(o.id));
      if (earlier) {  // moved here, not sent yet: kept as it is
        earlier.querySelector(".num").textContent = String(i + 1);
        box.appendChild(earlier);
        return;
      }
      const set = make("fieldset", undefined, { "data-card": String(o.id), "data-text": o.text });
      const legend = make("legend");
      legend.appendChild(make("span", String(i + 1), { class: "num", "aria-hidden": "true" }));
      legend.appendChild(document.createTextNode(o.text));
      set.appendChild(legend);
      set.appendChild(make("p", texts.not_placed, { id: "place-note-" + o.id, class: "unplaced" }));
      axisSlider(set, o, "x", a.axes.x);
      axisSlider(set, o, "y", a.axes.y);
      placeAt(set, o);
      box.appendChild(set);
    });
    drawMap();
  }
  // the same candidates: those not moved here follow the room; others: built again
  function updateMatrix(a) {
    const sets = [...$("matrix-options").querySelectorAll("fieldset")];
    const same = sets.length === a.options.length && a.options.every((o, i) =>
      sets[i].dataset.card === String(o.id) && sets[i].dataset.text === o.text);
    if (!same) { buildMatrix(a); return; }
    a.options.forEach((o, i) => { if (!sets[i].dataset.moved) placeAt(sets[i], o); });
    drawMap();
  }
  function placements() {
    return [...$("matrix-options").querySelectorAll("fieldset[data-moved]")].map((f) => {
      const at = (name) => {
        const input = f.querySelector("[data-axis=" + name + "]");
        return input.dataset.moved ? Number(input.value) / 100 : Number(f.dataset[name]);
      };
      return { kind: "placement", card: Number(f.dataset.card), item: now.item.id, x: at("x"), y: at("y") };
    });
  }
  // sent and stored: the candidates follow the room again (the next poll shows the stored places)
  function placed() {
    for (const f of $("matrix-options").querySelectorAll("fieldset[data-moved]")) {
      for (const input of f.querySelectorAll("[data-moved]")) {
        f.dataset[input.dataset.axis] = String(Number(input.value) / 100);
        delete input.dataset.moved;
      }
      delete f.dataset.moved;
    }
  }

  const ACTION_INPUTS = { text: "a-text", due: "a-due", measure: "a-measure", strategy: "a-strategy",
                          support: "a-support", checkin: "a-checkin", checkin_with: "a-checkin-with" };
  function buildAction(a) {
    const select = $("a-strategy");
    select.replaceChildren(make("option", texts.choose, { value: "" }));
    for (const s of a.strategies) select.appendChild(make("option", s.title, { value: s.id }));
    editAction(null);
  }
  function editAction(action) {
    for (const [k, id] of Object.entries(ACTION_INPUTS)) $(id).value = action ? action[k] || "" : "";
    $("action-form").dataset.id = action ? String(action.id) : "";
    $("action-heading").textContent = action ? texts.a_editing : texts.a_new;
    $("action-send").textContent = action ? texts.a_save : texts.send;
    $("action-new").hidden = !action;
    if (action) $("a-text").focus();
  }
  function action() {
    const body = { kind: "action", item: now.item.id };
    for (const [k, id] of Object.entries(ACTION_INPUTS)) body[k] = $(id).value.trim();
    if (!body.text) return [];
    const id = $("action-form").dataset.id;
    if (id) body.id = Number(id);
    editAction(null);
    return [body];
  }

  // votes, ratings and commitments belong to someone: a device joined without a name may not send them
  const NAMED_CAPTURES = ["dot_vote", "rating", "actions"];
  const NAMED_KINDS = ["vote", "rating", "action"];  // what is always stored with a name
  function named() { return JSON.parse(store.getItem("room-participant") || "null") !== null; }

  const BUILD = { vote: buildVote, rating: buildRating, placement: buildMatrix, action: buildAction };
  const COLLECT = { vote: votes, rating: ratings, placement: placements, action: action };

  function unsent(text) {
    const li = make("li", text, { class: "unsent" });
    li.appendChild(make("br"));
    li.appendChild(make("em", texts.unsent));
    return li;
  }

  let mineKey = "";
  function showMine(a, kind) {
    // rebuilt only when it changed: a focused "Change" button stays put between polls
    const key = JSON.stringify([a.item && a.item.id, kind, myMine.cards, myMine.actions, pending, texts.a_edit]);
    if (key === mineKey) return;
    mineKey = key;
    const list = $("mine");
    list.replaceChildren();
    let shown = [];
    if (kind === "action") {
      label("mine-label", "a_mine");
      for (const c of myMine.actions) {
        const li = make("li", c.text);
        const when = [c.due, c.measure].filter(Boolean).join(" · ");
        if (when) { li.appendChild(make("br")); li.appendChild(make("span", when)); }
        li.appendChild(make("br"));
        const b = make("button", texts.a_edit, { type: "button", class: "second small" });
        b.setAttribute("aria-label", texts.a_edit + ": " + c.text);
        b.addEventListener("click", () => editAction(c));
        li.appendChild(b);
        list.appendChild(li);
        shown.push(c);
      }
      // a new commitment typed but not acknowledged yet: in sight, marked, until the server has it
      for (const p of pending.filter((x) => x.kind === "action" && !x.id && a.item && x.item === a.item.id)) {
        list.appendChild(unsent(p.text));
        shown.push(p);
      }
    } else {
      label("mine-label", "mine");
      shown = myMine.cards.filter((c) => a.item && c.item === a.item.id);
      for (const c of shown) list.appendChild(make("li", c.text));
      // typed but not acknowledged yet: shown, marked, until the server has them
      for (const p of pending.filter((b) => b.kind === "card" && a.item && b.item === a.item.id)) {
        list.appendChild(unsent(p.text));
        shown.push(p);
      }
    }
    $("mine-label").hidden = shown.length === 0;
  }

  async function refresh() {
    const a = await call("GET", "/api/activity");
    now = a;
    myMine = await call("GET", "/api/mine");
    $("title").textContent = a.workshop;
    const live = a.ended ? null : a;
    $("item").textContent = a.ended ? texts.ended : (a.item ? a.item.title : texts.waiting);
    $("step").textContent = live && a.step ? fill(texts.step_of, { index: a.step.index + 1, count: a.step.count, title: a.step.title }) : "";
    $("prompt").textContent = live && a.step ? a.step.prompt : "";
    const kind = a.may_send[0] || "";
    for (const [k, id] of Object.entries(FORMS)) $(id).hidden = k !== kind;
    let info = "";
    if (kind === "card" && a.anonymous) info = texts.anonymous;
    else if (kind === "rating") info = fill(texts.rating_help, a.scale);
    else if (!kind && a.item && !a.ended && NAMED_CAPTURES.includes(a.capture) && !named()) info = texts.need_name;
    else if (!kind && a.item && a.capture !== "notes") info = texts.not_here;
    // an anonymous activity that takes dots, ratings or commitments: those keep the name
    if (a.anonymous && NAMED_KINDS.includes(kind)) info = [info, texts.named_here].filter(Boolean).join(" ");
    $("with-name").hidden = info !== texts.need_name;
    $("info").textContent = info;
    // another item or step: the last message ("Sent", a refusal) was about the one before
    const at = [a.item && a.item.id, a.step && a.step.index, a.ended].join("/");
    const keep = keepOnce;
    keepOnce = false;
    if (at !== shownAt && !keep && $("status").className !== "wait") say("");
    shownAt = at;
    const key = [a.item && a.item.id, a.step && a.step.index, kind].join("/");
    if (key !== shownKey && BUILD[kind]) BUILD[kind](a);
    else if (kind === "placement") updateMatrix(a);
    if (key !== shownKey && kind === "vote") dotsLeft();
    shownKey = key;
    showMine(a, kind);
  }

  let polling = false;
  let timer = null;  // one round of asking at a time, however often poll() is called
  async function poll() {
    if (polling) return;
    clearTimeout(timer);
    polling = true;
    try { await flush(); await refresh(); if (!pending.length && $("status").className) say(""); }
    catch (e) {
      if (e.status === 401 && !e.removed && await rejoin()) { polling = false; poll(); return; }
      if (e.status === 401) { polling = false; signedOut(e.message); return; }
      say(pending.length ? texts.pending : texts.offline, true);  // "not sent" only when something waits
    }
    polling = false;
    timer = setTimeout(poll, 3000);
  }

  $("code-next").addEventListener("click", people);
  $("code").addEventListener("keydown", (e) => { if (e.key === "Enter") people(); });
  $("card-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = $("card-text").value.trim();
    if (!text) return;
    $("card-text").value = "";
    queue([{ kind: "card", text, item: now.item.id }]);
  });
  for (const kind of ["vote", "rating", "placement", "action"]) {
    $(FORMS[kind]).addEventListener("submit", (event) => {
      event.preventDefault();
      const bodies = COLLECT[kind]();
      if (!bodies.length) return;
      queue(bodies).then(() => {
        if (pending.length) return;  // not sent yet: sent again when the room answers
        if (kind === "placement") placed();  // stored or refused: the candidates follow the room again
        if (refused && (kind === "vote" || kind === "rating")) {
          // a refused one falls back: the form is built again as the server has it
          shownKey = "";
          refresh().catch(() => {});
        } else if (kind === "vote") {
          // all stored: the numbers typed are now the stored ones (the form stays under the fingers)
          for (const i of $("vote-options").querySelectorAll("input")) {
            i.dataset.was = String(Math.max(0, Math.floor(Number(i.value) || 0)));
          }
        }
      });
    });
  }
  $("action-new").addEventListener("click", () => editAction(null));
  $("with-name").addEventListener("click", () => { $("code").value = store.getItem("room-code") || ""; people(); });
  document.addEventListener("visibilitychange", () => { if (!document.hidden && token) flush(); });
  window.addEventListener("online", () => { if (token) flush(); });
  start().catch((e) => say(e.message));
})();
