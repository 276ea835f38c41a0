// The All news page, live: new and updated stories appear at the top as the agency publishes
// them, and a withdrawn story leaves the list. It listens to the public headline stream named
// by this script's data-stream attribute (EventSource reconnects and resumes by itself, sending
// the last event id). Without script the page is complete as the server sent it; this only adds.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.EventSource) return;
  var stream = new EventSource(script.getAttribute("data-stream"));

  stream.onmessage = function (message) {
    var change;
    try {
      change = JSON.parse(message.data);
    } catch (e) {
      return;
    }
    var list = document.querySelector("ol.news-list");
    var shown = list && list.querySelector('a[href^="/news/' + change.id + '/"]');
    if (shown) list.removeChild(shown.closest("li"));
    if (change.action === "withdraw") return;
    if (!list) list = firstList();
    list.insertBefore(item(change), list.firstChild);
  };

  // The page said "No stories yet": the first story replaces that with a list.
  function firstList() {
    var list = document.createElement("ol");
    list.className = "news-list";
    var empty = document.querySelector("p.empty");
    empty.parentNode.replaceChild(list, empty);
    return list;
  }

  // The same markup as the server's (all-news.jte), built from text, never from HTML.
  function item(change) {
    var li = element("li", "news-item");
    var h2 = li.appendChild(element("h2", "news-headline"));
    var link = h2.appendChild(document.createElement("a"));
    link.href = change.url;
    link.textContent = change.headline;
    if (change.standfirst) li.appendChild(element("p", "news-standfirst")).textContent = change.standfirst;
    var meta = li.appendChild(element("p", "news-meta"));
    if (change.place) {
      meta.appendChild(element("span", "place")).textContent = change.place;
      meta.appendChild(document.createTextNode(" · "));
    }
    var updated = meta.appendChild(document.createElement("span"));
    updated.appendChild(document.createTextNode("Updated at "));
    var time = updated.appendChild(document.createElement("time"));
    time.dateTime = change.updated.iso;
    time.textContent = change.updated.text;
    return li;
  }

  function element(name, className) {
    var node = document.createElement(name);
    node.className = className;
    return node;
  }
})();
