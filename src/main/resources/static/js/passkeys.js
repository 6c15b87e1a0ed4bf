// Passkeys (WebAuthn) on the account page and as the second step of signing in. The server side is Spring
// Security's: it hands out the options as JSON and checks what the authenticator signed. Binary fields travel as
// base64url text both ways.
(function () {
  'use strict';

  function toBytes(text) {
    var base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    var binary = atob(base64 + '===='.slice(base64.length % 4 || 4));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    return bytes.buffer;
  }

  function toText(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) { binary += String.fromCharCode(bytes[i]); }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function post(form, path, body) {
    var csrf = form.querySelector('input[name="_csrf"]');
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (csrf) { headers['X-CSRF-TOKEN'] = csrf.value; }
    return fetch(path, {
      method: 'POST', credentials: 'same-origin', headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    });
  }

  function descriptors(list) {
    return (list || []).map(function (d) { return Object.assign({}, d, { id: toBytes(d.id) }); });
  }

  // A credential as Spring Security reads it, from either ceremony; response: its own parts.
  function credentialJson(credential, response) {
    return {
      id: credential.id,
      rawId: toText(credential.rawId),
      type: credential.type,
      authenticatorAttachment: credential.authenticatorAttachment,
      clientExtensionResults: credential.getClientExtensionResults(),
      response: response
    };
  }

  function authenticate(form) {
    return post(form, form.getAttribute('data-options')).then(function (options) {
      options.challenge = toBytes(options.challenge);
      options.allowCredentials = descriptors(options.allowCredentials);
      return navigator.credentials.get({ publicKey: options });
    }).then(function (credential) {
      var r = credential.response;
      return post(form, form.getAttribute('action'), credentialJson(credential, {
        authenticatorData: toText(r.authenticatorData),
        clientDataJSON: toText(r.clientDataJSON),
        signature: toText(r.signature),
        userHandle: r.userHandle ? toText(r.userHandle) : undefined
      }));
    }).then(function (outcome) {
      if (!outcome || !outcome.authenticated) { throw new Error('not signed in'); }
      window.location.assign(outcome.redirectUrl);
    });
  }

  function register(form) {
    var label = form.querySelector('input[name="label"]').value.trim();
    if (!label) { return Promise.reject(new Error('label')); }
    return post(form, form.getAttribute('data-options')).then(function (options) {
      options.challenge = toBytes(options.challenge);
      options.user = Object.assign({}, options.user, { id: toBytes(options.user.id) });
      options.excludeCredentials = descriptors(options.excludeCredentials);
      return navigator.credentials.create({ publicKey: options });
    }).then(function (credential) {
      var r = credential.response;
      return post(form, form.getAttribute('action'), {
        publicKey: {
          label: label,
          credential: credentialJson(credential, {
            attestationObject: toText(r.attestationObject),
            clientDataJSON: toText(r.clientDataJSON),
            transports: r.getTransports ? r.getTransports() : []
          })
        }
      });
    }).then(function (outcome) {
      if (!outcome || !outcome.success) { throw new Error('not saved'); }
      window.location.assign(form.getAttribute('data-done'));
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var kind = form.getAttribute && form.getAttribute('data-passkey');
    if (!kind) { return; }
    event.preventDefault();
    var error = document.getElementById(form.getAttribute('data-error'));
    if (error) { error.hidden = true; }
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    var done = kind === 'register' ? register(form) : authenticate(form);
    done.catch(function () {
      button.disabled = false;
      if (error) { error.hidden = false; error.focus(); }
    });
  });
})();
