// Enhancements only: every page works without this script.
(function () {
    "use strict";

    // A "copy" button on elements marked data-copy (the citation and the permalink).
    if (navigator.clipboard) {
        document.querySelectorAll("[data-copy]").forEach(function (element) {
            var button = document.createElement("button");
            button.type = "button";
            button.className = "copy-button";
            button.textContent = element.getAttribute("data-copy-label") || "Copy";
            button.addEventListener("click", function () {
                navigator.clipboard.writeText(element.getAttribute("data-copy")).then(function () {
                    button.textContent = element.getAttribute("data-copied-label") || button.textContent;
                });
            });
            element.appendChild(button);
        });
    }

    // The facets are collapsed in the page so that phones show results first; on wide screens they open.
    var wide = window.matchMedia("(min-width: 48em)");
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
        if (wide.matches) {
            details.open = true;
        }
    });

    // The sort takes effect as soon as it is chosen; the button stays for keyboards that pick by arrows.
    document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
        var chosen = select.value;
        select.addEventListener("change", function () {
            if (select.value !== chosen && select.form) {
                chosen = select.value;
                select.form.requestSubmit ? select.form.requestSubmit() : select.form.submit();
            }
        });
    });

    document.querySelectorAll("input[data-suggest]").forEach(combobox);

    // Completions under a search box, as the ARIA combobox pattern with a listbox popup: arrows move
    // through the options, Enter takes one (a title fills the box, an author searches by that author)
    // and submits, Escape closes the list; the number of options is announced in a live region.
    function combobox(input) {
        var endpoint = input.getAttribute("data-suggest");
        var list = document.createElement("ul");
        var status = document.createElement("div");
        var options = [];
        var active = -1;
        var timer = 0;
        var pending = null;

        list.id = input.id + "-suggestions";
        list.className = "suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", input.getAttribute("data-suggest-label") || "");
        list.hidden = true;
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        input.parentNode.appendChild(list);
        input.parentNode.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", list.id);
        input.setAttribute("autocomplete", "off");

        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(fetchSuggestions, 200);
        });

        input.addEventListener("keydown", function (event) {
            switch (event.key) {
                case "ArrowDown":
                    if (options.length > 0) {
                        event.preventDefault();
                        if (list.hidden) {
                            open();
                        }
                        move(active + 1 < options.length ? active + 1 : 0);
                    }
                    break;
                case "ArrowUp":
                    if (!list.hidden && options.length > 0) {
                        event.preventDefault();
                        move(active > 0 ? active - 1 : options.length - 1);
                    }
                    break;
                case "Enter":
                    if (!list.hidden && active >= 0) {
                        event.preventDefault();
                        choose(options[active]);
                    }
                    break;
                case "Escape":
                    if (!list.hidden) {
                        event.preventDefault();
                        close();
                    }
                    break;
            }
        });

        input.addEventListener("blur", function () {
            close();
        });

        // mousedown, not click: it comes before the input's blur would close the list.
        list.addEventListener("mousedown", function (event) {
            var item = event.target.closest("[role=option]");
            if (item) {
                event.preventDefault();
                choose(options[Number(item.getAttribute("data-index"))]);
            }
        });

        function fetchSuggestions() {
            var text = input.value;
            if (text.trim().length < 2) {
                show([]);
                return;
            }

            if (pending) {
                pending.abort();
            }

            pending = new AbortController();
            var signal = pending.signal;
            var ask = function (field) {
                return fetch(endpoint + "?field=" + field + "&q=" + encodeURIComponent(text), { signal: signal, headers: { Accept: "application/json" } })
                    .then(function (response) { return response.ok ? response.json() : []; })
                    .catch(function (error) {
                        if (error.name === "AbortError") {
                            throw error;
                        }
                        return [];
                    });
            };
            Promise.all([ask("title"), ask("author")]).then(function (found) {
                if (input.value !== text) {
                    return;
                }

                var titles = beginningFirst(found[0], text).slice(0, 6).map(function (title) { return { text: title, author: false }; });
                var authors = beginningFirst(found[1], text).slice(0, 4).map(function (name) { return { text: name, author: true }; });
                show(titles.concat(authors));
            }, function () { });
        }

        // A reader who types the start of a title expects that title first: completions that begin with
        // the typed words (diacritics optional) come before those that only contain them, otherwise in
        // the order the search gave.
        function beginningFirst(values, text) {
            var start = fold(text.trim());
            var begins = values.filter(function (value) { return fold(value).indexOf(start) === 0; });
            var contains = values.filter(function (value) { return fold(value).indexOf(start) !== 0; });
            return begins.concat(contains);
        }

        function fold(text) {
            return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
        }

        function show(found) {
            // Completions of what was typed a moment ago may arrive after the reader has already arrowed to
            // one: if the fresh list still holds it, it stays chosen, so Enter takes what the reader sees.
            var chosen = active >= 0 && active < options.length ? options[active] : null;
            options = found;
            active = -1;
            input.removeAttribute("aria-activedescendant");
            list.textContent = "";
            found.forEach(function (option, index) {
                var item = document.createElement("li");
                item.id = list.id + "-" + index;
                item.setAttribute("role", "option");
                item.setAttribute("aria-selected", "false");
                item.setAttribute("data-index", String(index));
                item.textContent = option.text;
                if (option.author) {
                    var kind = document.createElement("span");
                    kind.className = "kind";
                    kind.textContent = "(" + (input.getAttribute("data-suggest-author") || "author") + ")";
                    item.appendChild(kind);
                }
                list.appendChild(item);
            });
            if (found.length > 0 && document.activeElement === input) {
                open();
                var again = chosen === null ? -1 : found.findIndex(function (option) { return option.text === chosen.text && option.author === chosen.author; });
                if (again >= 0) {
                    move(again);
                }
                var template = found.length === 1 ? input.getAttribute("data-suggest-one") : input.getAttribute("data-suggest-count");
                status.textContent = (template || "{0}").replace("{0}", String(found.length));
            } else {
                close();
                status.textContent = "";
            }
        }

        function open() {
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
        }

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            move(-1);
        }

        function move(index) {
            if (active >= 0 && list.children[active]) {
                list.children[active].setAttribute("aria-selected", "false");
            }

            active = index;
            if (index < 0) {
                return;
            }

            var item = list.children[index];
            item.setAttribute("aria-selected", "true");
            input.setAttribute("aria-activedescendant", item.id);
            item.scrollIntoView({ block: "nearest" });
        }

        function choose(option) {
            clearTimeout(timer);
            input.value = option.author ? "author:\"" + option.text.replace(/"/g, "") + "\"" : option.text;
            close();
            if (input.form) {
                input.form.requestSubmit ? input.form.requestSubmit() : input.form.submit();
            }
        }
    }
})();
