/* Gevinst's own script, on every page. */

/*
 * PrimeFaces writes the placeholder "ui-button" as the hidden text of icon-only buttons such as the date pickers'
 * calendar button; screen readers and WCAG 2.5.3 (label in name) take it for the button's visible label. The
 * button is named by its aria-label, so the placeholder goes, whenever PrimeFaces renders such a button.
 */
(function () {
    function clearPlaceholders() {
        document.querySelectorAll('.ui-button-icon-only .ui-button-text').forEach(function (text) {
            if (text.textContent === 'ui-button') {
                text.textContent = '';
            }
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
