// Small browser helpers for TimelineApp. No dataset ever travels here: the server draws the timeline.
window.timelineApp = {
    timeZone: function () {
        try { return Intl.DateTimeFormat().resolvedOptions().timeZone || null; } catch { return null; }
    },
    rect: function (element) {
        if (!element || !element.getBoundingClientRect) { return null; }
        const r = element.getBoundingClientRect();
        return [r.left, r.width];
    },
    copyText: function (text) {
        return navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.resolve();
    },
    download: function (fileName, contentType, text) {
        const blob = new Blob([text], { type: contentType });
        const url = URL.createObjectURL(blob);
        const a = document.createElement('a');
        a.href = url;
        a.download = fileName;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
    }
};

// Arrow keys move between the list's rows (Enter opens one). Focusing a row scrolls it into view, and the
// virtualized list then renders the rows that come next.
document.addEventListener('keydown', function (e) {
    const row = e.target instanceof Element ? e.target.closest('tr[data-event]') : null;
    if (!row || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) { return; }
    let next = e.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
    while (next && !next.matches('tr[data-event]')) {
        next = e.key === 'ArrowDown' ? next.nextElementSibling : next.previousElementSibling;
    }
    if (next) {
        e.preventDefault();
        next.focus();
    }
});

// Puts focus back on a list row (after its detail closes), if the virtualized list has it rendered.
window.timelineApp.focusRow = function (id) {
    const row = document.querySelector('tr[data-event="' + CSS.escape(id) + '"]');
    if (row) { row.focus(); }
};
