/*
 * Swagger UI signed in with the web client's session, without the token being stored anywhere.
 *
 * The administration menu of the web client opens Swagger UI in a new window. Once Swagger UI has
 * loaded the contract (its onComplete, see application.properties), this page tells the window that
 * opened it that it is ready; that window answers with the administrator's current token, posted to
 * this window only. Each side accepts a message only from the other window and from this origin. The
 * token then lives in Swagger UI's memory (persistAuthorization is off): closing or reloading the page
 * forgets it. Opened any other way (no opener), the page asks nothing and works as before.
 */
(function () {
  'use strict';

  var READY = 'innovatice:swagger-ready';
  var TOKEN = 'innovatice:swagger-token';
  /** The name of the bearer scheme in openapi.yaml (components.securitySchemes). */
  var SCHEME = 'bearerAuth';

  var listening = false;

  /** Called by Swagger UI each time it has loaded the contract; listens once, asks each time. */
  window.innovaticeSwaggerSession = function (ui) {
    var opener = window.opener;
    if (!opener || opener.closed) {
      return;
    }
    var origin = window.location.origin;
    if (!listening) {
      listening = true;
      window.addEventListener('message', function (event) {
        var data = event.data;
        if (event.origin !== origin || event.source !== opener) {
          return;
        }
        if (!data || data.type !== TOKEN || typeof data.token !== 'string' || data.token === '') {
          return;
        }
        ui.preauthorizeApiKey(SCHEME, data.token);
      });
    }
    opener.postMessage({ type: READY }, origin);
  };
})();
