window.backOffice = window.backOffice || {};

// Remembers the dark-mode switch for a year; the server reads it to render the right theme on the next visit.
// Script writes it, so it cannot be HttpOnly; it only ever says "dark" or "light", and anything else reads as light.
window.backOffice.rememberTheme = function (theme) {
    var secure = location.protocol === "https:" ? "; secure" : "";
    document.cookie = "crg.theme=" + theme + "; path=/; max-age=31536000; samesite=lax" + secure;
    document.documentElement.classList.toggle("theme-dark", theme === "dark");
    document.documentElement.classList.toggle("theme-light", theme !== "dark");
};

// Set once the page's circuit is up: before that, the page is only prerendered HTML and clicks do nothing.
window.backOffice.markInteractive = function () {
    document.documentElement.dataset.interactive = "true";
};

// Tells the server the person is working on this page (a key, a click, a scroll, a touch), at most once per
// everyMilliseconds: an open page makes no requests, and its session would otherwise end as idle while in use.
window.backOffice.reportActivity = function (reporter, everyMilliseconds) {
    var lastReported = 0;
    var report = function () {
        var now = Date.now();
        if (now - lastReported >= everyMilliseconds) {
            lastReported = now;
            // A page whose circuit has ended has no one to tell; the framework shows that page its own message.
            reporter.invokeMethodAsync("NoteActivity").catch(function () { });
        }
    };
    ["keydown", "pointerdown", "wheel", "touchstart"].forEach(function (type) {
        document.addEventListener(type, report, { capture: true, passive: true });
    });
};

// "/" focuses the app bar's "go to booking" box from anywhere, unless the key is being typed into a field.
document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
        return;
    }

    var target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || target.closest("input, textarea, select, [role=textbox]"))) {
        return;
    }

    var box = document.getElementById("go-to-booking");
    if (box) {
        event.preventDefault();
        box.focus();
        box.select();
    }
});

// A click anywhere on a list row marked "row-link" follows the row's first link, as if the link itself was clicked (a
// ctrl-, cmd- or shift-click opens it in a new tab). One listener for every row, instead of a server-side handler per row
// that each open list would keep. Clicks on the row's own links and buttons, and ends of a text selection, are left alone.
document.addEventListener("click", function (event) {
    var row = event.target instanceof Element ? event.target.closest("tr.row-link") : null;
    if (!row || event.target.closest("a, button, input, select, textarea, label") || String(window.getSelection() || "").length > 0) {
        return;
    }

    var link = row.querySelector("a[href]");
    if (!link) {
        return;
    }

    if (event.ctrlKey || event.metaKey || event.shiftKey) {
        window.open(link.href, "_blank", "noopener");
    } else {
        link.click();
    }
});

// Downloads a file through a temporary <a download>: the page, and its circuit, stay where they are.
window.backOffice.download = function (url) {
    var link = document.createElement("a");
    link.href = url;
    link.download = "";
    link.style.display = "none";
    document.body.appendChild(link);
    link.click();
    link.remove();
};

// The server this page runs on is stopping (a deployment, a scale-in): it asks the page to move. Pausing saves the page's
// state (the framework sends it here, or keeps it in the shared cache); the page then waits until a request reaches a
// ready instance, which is where the load balancer sends new connections once this one has left it, and resumes its
// state there. Meanwhile the reconnect dialog says what is happening; its Resume button is there if waiting runs out.
window.backOffice.moveToAnotherInstance = (function () {
    var moving = false;
    var waitBetweenChecks = 1000;
    var checks = 120;

    var delay = function (milliseconds) {
        return new Promise(function (resolve) { setTimeout(resolve, milliseconds); });
    };

    var readyInstanceAnswers = async function (readyPath) {
        try {
            var response = await fetch(readyPath, { cache: "no-store", credentials: "omit" });
            return response.ok;
        } catch {
            return false;
        }
    };

    return function (readyPath) {
        if (moving) {
            return;
        }

        moving = true;
        (async function () {
            try {
                if (!await Blazor.pauseCircuit()) {
                    return;   // nothing was paused: the framework's own reconnect handles a lost connection
                }

                for (var check = 0; check < checks && !await readyInstanceAnswers(readyPath); check++) {
                    await delay(waitBetweenChecks);
                }

                if (!await Blazor.resumeCircuit()) {
                    location.reload();
                }
            } finally {
                moving = false;
            }
        })();
    };
})();

// A page's circuit is one WebSocket, opened without a negotiate request first: with negotiation the browser makes two
// requests, and a load balancer may send them to two instances (a kept-alive connection stays on an instance that is
// draining while new ones go elsewhere), which then refuses the WebSocket. The ingress allows WebSockets (deploy/).
Blazor.start({
    circuit: {
        configureSignalR: function (builder) {
            builder.withUrl("_blazor", { skipNegotiation: true, transport: 1 /* WebSockets */ });
        }
    }
});
