// Enhancements only: every page works without this script.
// Adds a "copy" button to elements marked data-copy (the citation and the permalink).
(function () {
    "use strict";
    if (!navigator.clipboard) {
        return;
    }

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
})();
