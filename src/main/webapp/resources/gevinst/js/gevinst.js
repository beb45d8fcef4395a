/* Gevinst's own script, on every page. */

/*
 * Mending PrimeFaces' markup wherever it renders. It writes the placeholder "ui-button" as the hidden text of
 * icon-only buttons such as the date pickers' calendar button; screen readers and WCAG 2.5.3 (label in name) take
 * it for the button's visible label. The button is named by its aria-label, so the placeholder goes.
 */
(function () {
    function clearPlaceholders() {
        document.querySelectorAll('.ui-button-icon-only .ui-button-text').forEach(function (text) {
            if (text.textContent === 'ui-button') {
                text.textContent = '';
            }
        });
        // PrimeFaces gives each message's list item role="alert", which makes it no list item (WCAG 1.3.1); the
        // messages box around the list is already a live region, so the list stays a list.
        document.querySelectorAll('.ui-messages li[role=alert]').forEach(function (item) {
            item.removeAttribute('role');
            item.removeAttribute('aria-atomic');
        });
    }
    document.addEventListener('DOMContentLoaded', function () {
        clearPlaceholders();
        new MutationObserver(clearPlaceholders).observe(document.body, {childList: true, subtree: true});
    });
})();

/* Benefit charts (p:chart extender): the x axis counts days since 1970; show them as Norwegian dates. */
function gevinstBenefitChart() {
    var day = function (value) {
        var date = new Date(Math.round(value) * 86400000);
        return ('0' + date.getUTCDate()).slice(-2) + '.' + ('0' + (date.getUTCMonth() + 1)).slice(-2) + '.'
            + date.getUTCFullYear();
    };
    var options = this.cfg.config.options;
    options.scales.x.ticks = {callback: day, maxTicksLimit: 6};
    options.plugins = {tooltip: {callbacks: {title: function (items) {
        return items.length ? day(items[0].parsed.x) : '';
    }}}};
}

/*
 * Irreversible acts ask first: a button or link with data-confirm is only followed once the user agrees. Listening
 * in the capture phase stops the click before PrimeFaces or Faces submit the form. The browser's own confirm dialog
 * traps focus, is read by screen readers and returns focus to the button.
 */
document.addEventListener('click', function (event) {
    var act = event.target.closest && event.target.closest('[data-confirm]');
    if (act && act.dataset.confirm && !window.confirm(act.dataset.confirm)) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);

/*
 * Session expiry: the server forgets a session after its idle time, so two minutes before that (counted from the
 * last page or Ajax answer) a modal dialog warns that unsaved input will be lost; "stay logged in" touches the
 * session. Once it has expired, the dialog says so and offers a new login, so nobody types on into a dead form.
 */
var gevinstSession = (function () {
    var WARN_BEFORE_SECONDS = 120;
    var dialog, lifetime, warnTimer, expireTimer, returnFocus;

    function element(id) {
        return document.getElementById(id);
    }

    function restart(seconds) {
        clearTimeout(warnTimer);
        clearTimeout(expireTimer);
        warnTimer = setTimeout(warn, Math.max(0, seconds - WARN_BEFORE_SECONDS) * 1000);
        expireTimer = setTimeout(expired, seconds * 1000);
    }

    function open() {
        if (!dialog.open) {
            returnFocus = document.activeElement;
            dialog.showModal();
        }
    }

    function warn() {
        open();
        element('sessionContinue').focus();
    }

    function expired() {
        clearTimeout(warnTimer);
        element('sessionWarningText').textContent = dialog.dataset.expiredText;
        element('sessionContinue').hidden = true;
        element('sessionLogin').hidden = false;
        open();
        element('sessionLogin').focus();
    }

    function keepAlive() {
        fetch(dialog.dataset.keepAlive, {method: 'POST', credentials: 'same-origin', redirect: 'manual'})
            .then(function (answer) {
                if (answer.status === 204) {
                    dialog.close();
                    restart(lifetime);
                } else {
                    expired();
                }
            }, expired);
    }

    document.addEventListener('DOMContentLoaded', function () {
        dialog = element('sessionWarning');
        if (!dialog) {
            return;
        }
        lifetime = parseInt(dialog.dataset.sessionSeconds, 10);
        element('sessionContinue').addEventListener('click', keepAlive);
        element('sessionClose').addEventListener('click', function () {
            dialog.close();
        });
        // A modal dialog keeps Tab and Shift+Tab among its own buttons instead of letting them out to the browser.
        dialog.addEventListener('keydown', function (event) {
            if (event.key !== 'Tab') {
                return;
            }
            var stops = Array.prototype.filter.call(dialog.querySelectorAll('button, a[href]'), function (stop) {
                return !stop.hidden;
            });
            var at = stops.indexOf(document.activeElement);
            var next = (at + (event.shiftKey ? -1 : 1) + stops.length) % stops.length;
            event.preventDefault();
            stops[next].focus();
        });
        dialog.addEventListener('close', function () {
            if (returnFocus && returnFocus.focus) {
                returnFocus.focus();
            }
        });
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function () {
                restart(lifetime);
            });
        }
        restart(lifetime);
    });

    return {restart: restart};
})();

/*
 * Errors at their fields: a field whose message shows an error is marked invalid and described by that message,
 * so a screen reader reads the error with the field's label; after a page with errors loads, the focus goes to the
 * first such field. Many errors come from the boundary after validation, where Faces never marks the input itself.
 */
(function () {
    var counter = 0;

    function tieErrorsToFields() {
        var first = null;
        document.querySelectorAll('.field').forEach(function (field) {
            var inputs = field.querySelectorAll('input:not([type=hidden]), select, textarea');
            var messages = Array.prototype.filter.call(field.querySelectorAll('.ui-message'), function (message) {
                return message.classList.contains('ui-message-error') && message.textContent.trim() !== '';
            });
            messages.forEach(function (message) {
                if (!message.id) {
                    message.id = 'gevinst-error-' + (++counter);
                }
            });
            inputs.forEach(function (input) {
                var described = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (id) {
                    return id && !/^gevinst-error-/.test(id);
                });
                if (messages.length) {
                    input.setAttribute('aria-invalid', 'true');
                    messages.forEach(function (message) {
                        if (described.indexOf(message.id) < 0) {
                            described.push(message.id);
                        }
                    });
                    first = first || input;
                } else if (input.getAttribute('aria-invalid') === 'true' && !input.closest('.ui-state-error')) {
                    input.removeAttribute('aria-invalid');
                }
                if (described.length) {
                    input.setAttribute('aria-describedby', described.join(' '));
                } else {
                    input.removeAttribute('aria-describedby');
                }
            });
        });
        return first;
    }

    document.addEventListener('DOMContentLoaded', function () {
        var first = tieErrorsToFields();
        if (first) {
            first.focus();
        }
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', tieErrorsToFields);
        }
    });
})();
