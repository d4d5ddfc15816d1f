// A stand-in for zaf_sdk.min.js, for the sandbox ticket page and the browser test (never packaged: see
// .zcliignore). It speaks the same API the app uses, reads its settings from the iframe URL
// (?ticketId=&service=&secret=&locale=&role=), signs requests with an HS256 JWT like Zendesk's proxy does for
// `jwt: {secret_key: '{{setting.shared_secret}}'}`, and tells the host page about invoke() calls.
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var config = {
    ticketId: Number(params.get('ticketId') || '1'),
    service: params.get('service') || window.location.origin,
    secret: params.get('secret') || '',
    locale: params.get('locale') || 'en-US',
    role: params.get('role') || 'agent',
    fields: JSON.parse(params.get('fields') || '{}'),
  };
  var calls = (window.__zafCalls = []);
  var handlers = {};

  function b64url(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function utf8(text) {
    return new TextEncoder().encode(text);
  }
  async function signJwt(claims, secret) {
    var header = b64url(utf8(JSON.stringify({ alg: 'HS256', typ: 'JWT' })));
    var body = b64url(utf8(JSON.stringify(claims)));
    var key = await crypto.subtle.importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    var sig = new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8(header + '.' + body)));
    return header + '.' + body + '.' + b64url(sig);
  }
  function tell(message) {
    if (window.parent !== window) window.parent.postMessage(Object.assign({ source: 'baton-zaf-fake' }, message), '*');
  }

  var client = {
    on: function (name, handler) {
      (handlers[name] = handlers[name] || []).push(handler);
      if (name === 'app.registered')
        setTimeout(function () {
          handler({ metadata: {}, context: {} });
        }, 0);
    },
    get: async function (path) {
      var paths = Array.isArray(path) ? path : [path];
      var out = {};
      paths.forEach(function (p) {
        if (p === 'ticket.id') out[p] = config.ticketId;
        else if (p === 'currentUser.locale') out[p] = config.locale;
        else if (p === 'currentUser.role') out[p] = config.role;
        else if (p === 'ticketFields')
          out[p] = Object.keys(config.fields).map(function (label, i) {
            return { name: 'custom_field_' + (900 + i), label: label };
          });
        else if (p.indexOf('ticket.customField:custom_field_') === 0) {
          var index = Number(p.slice('ticket.customField:custom_field_'.length)) - 900;
          out[p] = config.fields[Object.keys(config.fields)[index]];
        } else out[p] = undefined;
      });
      return out;
    },
    invoke: async function (name) {
      var args = Array.prototype.slice.call(arguments, 1);
      calls.push({ name: name, args: args });
      tell({ type: 'invoke', name: name, args: args });
      return undefined;
    },
    request: async function (options) {
      var headers = Object.assign({}, options.headers || {});
      if (options.jwt) {
        var now = Math.floor(Date.now() / 1000);
        var claims = Object.assign({ iat: now, exp: now + (options.jwt.expiry || 60) }, options.jwt.claims || {});
        var token = await signJwt(claims, config.secret);
        Object.keys(headers).forEach(function (k) {
          headers[k] = String(headers[k]).replace('{{jwt.token}}', token);
        });
      }
      if (options.contentType) headers['Content-Type'] = options.contentType;
      calls.push({ name: 'request', args: [{ url: options.url, type: options.type || 'GET' }] });
      var response;
      try {
        response = await fetch(options.url, { method: options.type || 'GET', headers: headers, body: options.data });
      } catch (err) {
        throw { status: 0, statusText: String(err) };
      }
      var text = await response.text();
      if (!response.ok) throw { status: response.status, responseText: text };
      return options.dataType === 'json' && text ? JSON.parse(text) : text;
    },
    context: async function () {
      return { location: 'ticket_sidebar', account: { subdomain: 'sandbox' }, ticketId: config.ticketId };
    },
    metadata: async function () {
      return { appId: 0, settings: { service_url: config.service } };
    },
  };
  window.ZAFClient = {
    init: function () {
      return client;
    },
  };
})();
