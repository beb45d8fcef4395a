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
