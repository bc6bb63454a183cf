// Solves the form's ALTCHA (v1) challenge in the background: the number whose SHA-256 with
// the salt is the challenge. No third party; without JavaScript the question still arrives,
// kept apart for staff to look at.
(function () {
  "use strict";
  var source = document.getElementById("altcha-challenge");
  var field = document.querySelector("input[name=altcha]");
  if (!source || !field || !window.crypto || !window.crypto.subtle) return;
  var challenge = JSON.parse(source.textContent);
  var encoder = new TextEncoder();

  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  async function solve() {
    for (var number = 0; number <= challenge.maxnumber; number++) {
      var digest = await crypto.subtle.digest("SHA-256", encoder.encode(challenge.salt + number));
      if (hex(digest) === challenge.challenge) {
        field.value = btoa(JSON.stringify({
          algorithm: challenge.algorithm, challenge: challenge.challenge,
          number: number, salt: challenge.salt, signature: challenge.signature
        }));
        return;
      }
    }
  }

  var solving = solve();
  var form = field.form;
  form.addEventListener("submit", function (event) {
    if (field.value) return;
    event.preventDefault();
    solving.then(function () { form.submit(); });
  });
})();
