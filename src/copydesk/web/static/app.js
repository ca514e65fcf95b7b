// copydesk web app: the only script. Opens the side-by-side copy a link points to, and
// polls an upload job's status and updates its page.
"use strict";
(function () {
  // A link to "#diff-…" names a view inside a closed <details>: browsers that reveal
  // such a target by themselves do nothing here; for the others, open it and go there.
  function reveal() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    var target = id && document.getElementById(id);
    var box = target && target.closest("details");
    if (box && !box.open) { box.open = true; target.scrollIntoView(); }
  }
  window.addEventListener("hashchange", reveal);
  reveal();
})();
(function () {
  var box = document.getElementById("job");
  if (!box) { return; }
  var url = box.getAttribute("data-status-url");
  function text(id, value) { document.getElementById(id).textContent = value; }
  function update(job) {
    var state = document.getElementById("job-state");
    state.textContent = job.state;
    state.className = "job-state " + job.state;
    var stage = job.stage ? job.stage + (job.total ? " " + job.done + "/" + job.total : " " + job.done) : "";
    text("job-stage", stage);
    var bar = document.getElementById("job-progress");
    var over = job.state === "done" || job.state === "partial" || job.state === "failed";
    if (over) { bar.max = 1; bar.value = 1; }
    else if (job.total) { bar.max = job.total; bar.value = job.done; }
    else { bar.removeAttribute("value"); }
    var list = document.getElementById("job-lines");
    list.textContent = "";
    job.lines.forEach(function (line) {
      var li = document.createElement("li");
      li.textContent = line;
      list.appendChild(li);
    });
    if (job.error) { text("job-error", job.error); document.getElementById("job-error").hidden = false; }
    document.getElementById("job-done").hidden = !(job.state === "done" || job.state === "partial");
    document.getElementById("job-partial").hidden = job.state !== "partial";
    return over;
  }
  function poll() {
    fetch(url, { headers: { "Accept": "application/json" } })
      .then(function (r) {
        if (r.status === 404) {  // jobs live in memory: the server restarted
          update({ state: "failed", stage: "", lines: [],
                   error: "The server no longer knows this job (it was restarted). " +
                          "Articles stored before the restart are kept; upload the rest again." });
          return null;
        }
        return r.json();
      })
      .then(function (job) { if (job && !update(job)) { setTimeout(poll, 700); } })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
