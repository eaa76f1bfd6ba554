/* The API docs page: Swagger UI from the vendored bundle, reading this server's /openapi.json; the
   validator badge (an outside service) is off. */
"use strict";
window.addEventListener("load", function () {
  var box = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({url: box.dataset.url, dom_id: "#swagger-ui", validatorUrl: null,
                               deepLinking: false, tryItOutEnabled: false});
});
