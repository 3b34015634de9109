// The room's phone page. Every text from the server is set with textContent, never as HTML.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const store = window.localStorage;
  let texts = {};
  let token = store.getItem("room-token");
  let pending = JSON.parse(store.getItem("room-pending") || "[]");

  function show(id) {
    for (const s of ["join-code", "join-name", "answer"]) $(s).hidden = s !== id;
  }
  function say(text) { $("status").textContent = text || ""; }

  async function call(method, path, body) {
    const headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    const response = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined });
    const data = await response.json();
    if (!response.ok) { const e = new Error(data.error || response.statusText); e.status = response.status; throw e; }
    return data;
  }

  async function start() {
    const t = await call("GET", "/api/texts");
    texts = t.texts;
    document.documentElement.lang = t.language;
    $("code-label").textContent = texts.code;
    $("code-next").textContent = texts.next;
    $("who").textContent = texts.who;
    $("no-name").textContent = texts.no_name;
    $("card-label").textContent = texts.card;
    $("card-send").textContent = texts.send;
    $("mine-label").textContent = texts.mine;
    $("code").value = decodeURIComponent(location.hash.slice(1));
    if (token) { show("answer"); poll(); } else show("join-code");
  }

  async function people() {
    const code = $("code").value;
    try {
      const found = await call("POST", "/api/people", { code });
      $("title").textContent = found.workshop;
      const list = $("people");
      list.replaceChildren();
      for (const p of found.participants) {
        const li = document.createElement("li");
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = p.name;
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
      show("answer");
      poll();
    } catch (e) { say(e.message); }
  }

  async function flush() {
    while (pending.length) {
      try { await call("POST", "/api/submit", pending[0]); }
      catch (e) {
        if (e.status === undefined || e.status >= 500) { say(texts.pending); return; }
        say(e.message);  // refused for good: drop it
      }
      pending.shift();
      store.setItem("room-pending", JSON.stringify(pending));
    }
  }

  async function refresh() {
    const a = await call("GET", "/api/activity");
    $("title").textContent = a.workshop;
    $("item").textContent = a.item ? a.item.title : texts.waiting;
    $("step").textContent = a.step ? a.step.title : "";
    $("prompt").textContent = a.step ? a.step.prompt : "";
    const cards = a.may_send.includes("card");
    $("card-form").hidden = !cards;
    $("card-form").dataset.item = a.item ? a.item.id : "";
    $("info").textContent = cards ? (a.anonymous ? texts.anonymous : "") : (a.item ? texts.not_here : "");
    const mine = await call("GET", "/api/mine");
    $("mine-label").hidden = mine.cards.length === 0;
    const list = $("mine");
    list.replaceChildren();
    for (const c of mine.cards) {
      const li = document.createElement("li");
      li.textContent = c.text;
      list.appendChild(li);
    }
  }

  let polling = false;
  async function poll() {
    if (polling) return;
    polling = true;
    try { await flush(); await refresh(); if (!pending.length) say(""); }
    catch (e) {
      if (e.status === 401) {
        token = null; store.removeItem("room-token"); show("join-code"); say(e.message); polling = false; return;
      }
      say(texts.pending);
    }
    polling = false;
    setTimeout(poll, 3000);
  }

  $("code-next").addEventListener("click", people);
  $("card-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = $("card-text").value.trim();
    if (!text) return;
    const item = Number($("card-form").dataset.item);
    pending.push({ kind: "card", text, item });
    store.setItem("room-pending", JSON.stringify(pending));
    $("card-text").value = "";
    await flush();
    if (!pending.length) { say(texts.sent); refresh().catch(() => {}); }
  });
  document.addEventListener("visibilitychange", () => { if (!document.hidden && token) flush(); });
  start().catch((e) => say(e.message));
})();
