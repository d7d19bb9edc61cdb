#include "server/web/StaticAssets.h"

namespace dpdesk::server::web {

QByteArray customerStyleSheet()
{
    // Mobile first (375 px wide and up), system fonts, contrast of at least
    // 4.5:1, a visible focus ring, tap targets of at least 44 px, and state
    // told in words as well as colour.
    return QByteArrayLiteral(R"CSS(
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:100%;line-height:1.5;color:#1b1f24;background:#f4f6f8}
body{margin:0}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:.5rem;z-index:2}
header{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem;background:#0b3d6b;color:#fff;padding:.75rem 1rem}
header .brand{margin:0;font-weight:600}
header form{margin:0}
main{max-width:40rem;margin:0 auto;padding:1rem}
main:focus{outline:none}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
p{margin:.5rem 0}
a{color:#0b4f8a}
label,legend{display:block;font-weight:600;margin:1rem 0 .25rem}
.hint{display:block;color:#46505a;font-size:.95rem;margin:0 0 .25rem}
input[type=text],input[type=date],select,textarea{width:100%;font:inherit;padding:.6rem;border:2px solid #5b6670;border-radius:4px;background:#fff;color:inherit;min-height:44px}
textarea{min-height:6rem}
fieldset{border:1px solid #c5ccd3;border-radius:6px;margin:1rem 0;padding:.5rem 1rem 1rem}
.choice{display:flex;align-items:center;gap:.5rem;font-weight:400;margin:.25rem 0;min-height:44px}
.choice input{flex:0 0 auto;width:1.25rem;height:1.25rem;margin:0}
button,.button{display:inline-block;font:inherit;font-weight:600;text-decoration:none;text-align:center;border-radius:4px;padding:.7rem 1.2rem;min-height:44px;border:2px solid #0b4f8a;cursor:pointer;margin:.5rem .5rem .5rem 0}
.primary{background:#0b4f8a;color:#fff}
.secondary{background:#fff;color:#0b4f8a}
.danger{background:#fff;color:#a4161a;border-color:#a4161a}
header .secondary{padding:.4rem .8rem;min-height:36px}
:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.notice{border-left:6px solid #0b4f8a;background:#fff;padding:.5rem 1rem;margin:1rem 0}
.notice.error{border-color:#a4161a;background:#fff4f4}
.notice.warning{border-color:#b35c00;background:#fff8ef}
.notice.success{border-color:#1e7b34;background:#f1fbf3}
.field-error{color:#a4161a;font-weight:600;margin:.25rem 0}
ol.steps{list-style:none;padding:0;margin:1rem 0}
ol.steps li{display:flex;gap:.75rem;align-items:flex-start;background:#fff;border:1px solid #c5ccd3;border-radius:6px;padding:.75rem;margin:.5rem 0}
.mark{flex:0 0 2rem;height:2rem;border-radius:50%;display:flex;align-items:center;justify-content:center;font-weight:700;border:2px solid #5b6670;color:#5b6670}
.done .mark{background:#1e7b34;border-color:#1e7b34;color:#fff}
.failed .mark{background:#a4161a;border-color:#a4161a;color:#fff}
.current{border-color:#0b4f8a !important;border-width:2px !important}
.state{display:block;color:#46505a}
ul.documents{padding-left:1.25rem}
ul.documents li{margin:.5rem 0}
dl.facts{display:grid;grid-template-columns:minmax(8rem,auto) 1fr;gap:.25rem 1rem;background:#fff;border:1px solid #c5ccd3;border-radius:6px;padding:.75rem;margin:1rem 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0;overflow-wrap:anywhere}
.countdown{font-size:1.25rem;font-weight:700}
.sandbox{border:2px dashed #b35c00;padding:.5rem 1rem;background:#fff8ef}
@media (max-width:30rem){dl.facts{grid-template-columns:1fr}button,.button{width:100%;margin-right:0}}
)CSS");
}

QByteArray customerScript()
{
    return QByteArrayLiteral(R"JS(
document.addEventListener('DOMContentLoaded', function () {
  var firstError = document.querySelector('[aria-invalid="true"]');
  if (firstError) firstError.focus();
  var counter = document.querySelector('[data-countdown]');
  if (counter) {
    var left = parseInt(counter.getAttribute('data-countdown'), 10);
    var target = counter.getAttribute('data-target');
    var timer = setInterval(function () {
      left -= 1;
      if (left <= 0) { clearInterval(timer); window.location.assign(target); return; }
      counter.textContent = String(left);
    }, 1000);
  }
});
)JS");
}

} // namespace dpdesk::server::web
