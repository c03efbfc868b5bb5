// The page side of spice view: draws the tiles the server pushes into one canvas and sends
// keyboard, mouse and window size back as small JSON messages (see ViewerInput.cs / ViewerMessages.cs).
(() => {
  'use strict';

  const canvas = document.getElementById('screen');
  const context = canvas.getContext('2d', { alpha: false });
  const statusLine = document.getElementById('status');
  const TILE = 1;
  const HEADER = 10;

  // Read by tests and handy in the console: what the page is doing.
  const viewer = { state: 'connecting', reason: '', tiles: 0, mouseMode: 'server', idle: () => pending };
  window.spiceViewer = viewer;

  let socket = null;
  let pending = Promise.resolve();
  let epoch = 0;
  const keysDown = new Set();
  const buttonsDown = new Set();

  function show(state, text) {
    viewer.state = state;
    statusLine.textContent = text;
    statusLine.className = state;
    statusLine.hidden = state === 'live';
  }

  function send(message) {
    if (socket !== null && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(message));
    }
  }

  function connect() {
    const url = new URL('ws', location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(url);
    socket.binaryType = 'arraybuffer';
    socket.onopen = () => {
      show('waiting', 'waiting for the screen');
      sendWindowSize();
    };
    socket.onmessage = event => {
      if (typeof event.data === 'string') {
        onControl(JSON.parse(event.data));
      } else {
        onTile(event.data);
      }
    };
    socket.onclose = event => {
      if (viewer.state !== 'disconnected') {
        disconnected(event.reason || 'the viewer server went away');
      }
    };
  }

  function disconnected(reason) {
    viewer.reason = reason;
    show('disconnected', 'disconnected: ' + reason);
    releaseAll();
  }

  function onControl(message) {
    switch (message.t) {
      case 'size':
        epoch++;
        canvas.width = message.w;
        canvas.height = message.h;
        show('live', 'connected');
        break;
      case 'mouse':
        viewer.mouseMode = message.mode;
        break;
      case 'cursor':
        canvas.style.cursor = message.hidden ? 'none'
          : message.png ? `url(${message.png}) ${message.hx} ${message.hy}, default` : 'default';
        break;
      case 'closed':
        disconnected(message.reason);
        break;
    }
  }

  // Decoding runs in parallel; drawing keeps the order tiles arrived in, and skips tiles of a
  // screen size that has been replaced meanwhile.
  function onTile(buffer) {
    const view = new DataView(buffer);
    if (buffer.byteLength <= HEADER || view.getUint8(0) !== TILE) {
      return;
    }

    const type = view.getUint8(1) === 1 ? 'image/jpeg' : 'image/png';
    const x = view.getUint16(2, true);
    const y = view.getUint16(4, true);
    const tileEpoch = epoch;
    const blob = new Blob([new Uint8Array(buffer, HEADER)], { type });
    const decoded = createImageBitmap(blob, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
    pending = pending.then(() => decoded).then(bitmap => {
      if (tileEpoch === epoch) {
        context.drawImage(bitmap, x, y);
        viewer.tiles++;
      }
      bitmap.close();
    }, error => console.warn('tile not drawn', error));
  }

  function position(event) {
    const box = canvas.getBoundingClientRect();
    const scaleX = box.width > 0 ? canvas.width / box.width : 1;
    const scaleY = box.height > 0 ? canvas.height / box.height : 1;
    const clamp = (value, max) => Math.max(0, Math.min(max - 1, Math.floor(value)));
    return {
      x: clamp((event.clientX - box.left) * scaleX, canvas.width),
      y: clamp((event.clientY - box.top) * scaleY, canvas.height),
    };
  }

  function sendMove(event) {
    const at = position(event);
    send({ t: 'move', x: at.x, y: at.y, dx: event.movementX || 0, dy: event.movementY || 0 });
  }

  function releaseAll() {
    for (const code of keysDown) {
      send({ t: 'key', code, down: false });
    }
    for (const button of buttonsDown) {
      send({ t: 'button', button, down: false });
    }
    keysDown.clear();
    buttonsDown.clear();
  }

  window.addEventListener('keydown', event => {
    if (!event.code || viewer.state !== 'live') {
      return;
    }
    event.preventDefault();
    keysDown.add(event.code);
    send({ t: 'key', code: event.code, down: true });
  });

  window.addEventListener('keyup', event => {
    if (!event.code || viewer.state !== 'live') {
      return;
    }
    event.preventDefault();
    keysDown.delete(event.code);
    send({ t: 'key', code: event.code, down: false });
  });

  window.addEventListener('blur', releaseAll);

  canvas.addEventListener('mousemove', sendMove);

  canvas.addEventListener('mousedown', event => {
    event.preventDefault();
    canvas.focus();
    // Relative (server) mouse mode needs the pointer captured, or motion stops at the page's edge.
    if (viewer.mouseMode === 'server' && document.pointerLockElement !== canvas && canvas.requestPointerLock) {
      canvas.requestPointerLock();
    }
    sendMove(event);
    buttonsDown.add(event.button);
    send({ t: 'button', button: event.button, down: true });
  });

  window.addEventListener('mouseup', event => {
    if (buttonsDown.delete(event.button)) {
      event.preventDefault();
      send({ t: 'button', button: event.button, down: false });
    }
  });

  canvas.addEventListener('contextmenu', event => event.preventDefault());

  canvas.addEventListener('wheel', event => {
    event.preventDefault();
    if (event.deltaY !== 0) {
      send({ t: 'wheel', dy: Math.sign(event.deltaY) });
    }
  }, { passive: false });

  let resizeTimer = 0;
  function sendWindowSize() {
    send({ t: 'resize', w: window.innerWidth, h: window.innerHeight });
  }
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(sendWindowSize, 400);
  });

  connect();
})();
