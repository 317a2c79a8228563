/**
 * What a message is when it is not an order: auto-replies and bounces (by headers first, then by
 * their typical wording), spam, thanks, greetings, questions.
 */

function header(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const want = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === want) return String(v);
  return undefined;
}

const AUTO_SUBJECT =
  /^(auto(matic)?\s*(reply|response)|autoreply|out of (the )?office|автоответ|автоматический ответ|автовідповідь|автоматична відповідь|undeliver|undelivered|delivery status notification|mail delivery (failed|subsystem)|returned mail|failure notice|delivery failure|недоставленное|не доставлено|вас нет на месте|отсутствую)/i;

const AUTO_TEXT: RegExp[] = [
  /this is an automat(ed|ic) (message|reply|response)/i,
  /(i am|i'm|i will be) (currently )?out of (the )?office/i,
  /out of office/i,
  /(сообщение|письмо|ответ) (создано|сформирован\p{L}*|отправлено) автоматически/iu,
  /это автоматическ\p{L}+ (сообщение|ответ)/iu,
  /(повідомлення|лист) (створено|надіслано|сформовано) автоматично/iu,
  /(нахожусь|буду) в отпуске/iu,
  /(я\s+)?в командировке до/iu,
  /(перебуваю|буду) у відпустці/iu,
  /this is the mail system at host/i,
  /mailer-daemon|postmaster@/i,
  /(could not|couldn't|cannot) be delivered to one or more recipients/i,
  /delivery (to the following recipients? )?(has )?failed/i,
  /message (was )?not delivered|undeliverable/i,
  /не может быть доставлено|не удалось доставить/iu,
];

/** True for auto-replies and bounces, judged by headers, subject and wording. */
export function isAutoReply(
  headers: Record<string, string> | undefined,
  subject: string | null | undefined,
  text: string,
): boolean {
  const auto = header(headers, "Auto-Submitted");
  if (auto && auto.trim().toLowerCase() !== "no") return true;
  if (header(headers, "X-Autoreply") !== undefined || header(headers, "X-Autorespond") !== undefined) return true;
  if (header(headers, "X-Auto-Response-Suppress")?.toLowerCase().includes("all") && /auto/i.test(subject ?? ""))
    return true;
  const prec = header(headers, "Precedence")?.toLowerCase().trim();
  if (prec === "bulk" || prec === "junk" || prec === "list" || prec === "auto_reply") return true;
  if (/multipart\/report/i.test(header(headers, "Content-Type") ?? "")) return true;
  if (header(headers, "X-Failed-Recipients") !== undefined) return true;
  const from = header(headers, "From") ?? "";
  if (/mailer-daemon|postmaster/i.test(from)) return true;
  if (subject && AUTO_SUBJECT.test(subject.trim())) return true;
  const head = text.slice(0, 1500);
  return AUTO_TEXT.filter((re) => re.test(head)).length >= 1 && !/\d+\s*(шт|pcs|x)\b/i.test(head);
}

const SPAM: RegExp[] = [
  /раскрут/iu,
  /подписчик/iu,
  /продвижени/iu,
  /выведем|выведу/iu,
  /\bseo\b/i,
  /в\s+топ/iu,
  /\bтоп-?\d+/iu,
  /заработ/iu,
  /earn\s+\$?\d/i,
  /\$\d+\s+a\s+day/i,
  /казино|casino|ставки|betting/iu,
  /crypto|крипт|bitcoin|биткоин/iu,
  /кредит|займ|loan/iu,
  /limited\s+offer|act now|dm me|click here|unsubscribe|отписаться|відписатися/i,
  /пишите\s+@|write to @|@\w+_bot/iu,
  /оптов\p{L}*\s+постав|оптов\p{L}* ц[еі]н/iu,
  /пропонуємо|предлагаем|коммерческое предложение|комерційна пропозиція/iu,
  /шановні партнери|уважаемые партн[её]ры|dear partners?/iu,
  /бесплатн\p{L}* аудит|безкоштовн\p{L}* аудит|free audit/iu,
  /гарантия результата|гарантія результату|guaranteed results?/iu,
  /живых подписчиков|живих підписників|підписник|подписчик|followers|subscribers|лайк/iu,
  /розкрутк|раскрутк|накрутк|бази? клієнтів|базы? клиентов|клиентск\p{L}* баз|клієнтськ\p{L}* баз|customer database|leads? database/iu,
  /(продаємо|продаем|продаём|продам|пропонуємо|предлагаем|we sell|we offer)[^.!?\n]{0,40}(баз|контакт|підписник|подписчик|трафі?к|клиент|клієнт|leads|followers|database)/iu,
  /пишіть\s+@|пиши\s+@|пишите в (лс|личку|директ)|пишіть в (пп|особист|директ)/iu,
  /рассылк|розсилк|база клиентов/iu,
  /прайс|price list/iu,
  /дайте відповідь на цей лист|відповідайте на (цей )?лист|ответьте на (это )?письмо|отвечайте на (это )?письмо|reply to this (e-?mail|letter)/iu,
  /таргет|targeted ads|лидогенерац|лідогенерац|lead generation/iu,
  // search-engine promotion ("Продвижение в ТОП-10 Яндекса", "увеличим продажи в 3 раза", "SEO")
  /продвижени\p{L}* в топ|просуванн\p{L}* в топ|\bseo\b|увелич\p{L}* (ваши )?продаж|збільш\p{L}* (ваші )?продаж|increase your sales|first page of google/iu,
  /(заявк|заявок|лид\p{L}*|лід\p{L}*|клієнт\p{L}*|клиент\p{L}*|leads)[^.!?\n]{0,20}(безкоштовн|бесплатн|free)/iu,
  /знижк\p{L}* \d+%|скидк\p{L}* \d+%|\d+% (off|discount)/iu,
  /from home|из дома|не выходя из дома/iu,
  /\bwin\b|\bwinner\b|\bprize\b|claim your|congratulations|lottery|выигр|\bприз\b|розыгрыш|виграш/iu,
  /\bfree\b.*(iphone|gift|money)|бесплатн\p{L}* (iphone|подарок)/iu,
  // prize draws: "your number won", "claim here"
  /\b(number|phone|email|account) (has )?(won|was selected)|(номер|аккаунт|акаунт) (выиграл|виграв|обран)/iu,
  /\bclaim (here|now|it|your)|забер[иі]\p{L}* (приз|подарок|подарунок)|(получите|отримайте) (приз|подарок|подарунок)/iu,
  // crypto giveaways and the bots that run them
  /\b(usdt|bitcoin|btc|crypto|airdrop)\b|криптовалют/iu,
  /t\.me\/\w*bot\b/iu,
  /реклам|просуван|просування|instagram|инстаграм/iu,
  /ваш магазин (обрано|выбран)/iu,
  // loans and services sold to the shop itself
  /одобрен\p{L}* для|схвален\p{L}* для|pre-?approved|без залога|без застави|ставка от|ставка від/iu,
  /перейдите по ссылке|перейдіть за посиланням|follow the link|click the link/iu,
  /под ключ|під ключ|turnkey/iu,
  /первый месяц бесплатно|перший місяць безкоштовно|first month (is )?free/iu,
  /👉\s*@\w+/u,
  /free trial|бесплатн\p{L}* пробн|безкоштовн\p{L}* пробн/iu,
  /google (reviews|rating)|(отзыв|відгук)\p{L}* (на|в|у) (google|гугл|яндекс|картах)/iu,
  /reply (yes|stop)|ответьте (да|стоп)|відповіжіть (так|стоп)/iu,
  // factories and resellers writing to the shop as a buyer
  /dear (buyer|purchas\p{L}* manager|sirs?\/madam)|уважаемый закупщик|шановний закупівельник/iu,
  /we are (a |the )?(professional |leading |chinese )?(manufacturer|factory|supplier|exporter)s?|мы (являемся )?(производител\p{L}*|завод\p{L}*|фабрик\p{L}*)|ми (є )?(виробник\p{L}*|фабрик\p{L}*)/iu,
  /каталог по запросу|каталог за запитом|(catalog|catalogue) (up)?on request/iu,
  /\bmoq\b|\bfob\b|direct from (the )?factory|напрямую от производител|напряму від виробника/iu,
  /reply for (the |our )?(catalog|catalogue|price)/iu,
  // distributors writing to the shop as a reseller ("Dear retailer, … at dealer price, min. order 20 packs")
  /dear (retailers?|dealers?|resellers?|shop owners?)|(at|our) (dealer|wholesale|distributor) prices?|дилерськ\p{L}* цін|дилерск\p{L}* цен|уважаем\p{L}* (ритейлер|реселлер|дилер)|шановн\p{L}* (ритейлер|дилер)/iu,
  /special offer|спецпредложени|специальн\p{L}* предложени|спеціальн\p{L}* пропозиці/iu,
  /(this|next) week only|only this week|только (на )?этой неделе|лише (на )?цьому тижні|тільки цього тижня/iu,
  /(from )?our (own )?factory|(с|з) нашего завода|з нашого заводу|(catalog|catalogue) (is )?attached|каталог во вложении|каталог у вкладенні/iu,
  // a maker's own goods at its own prices, with the price list attached
  /власного виробництва|собственного производства|(of )?our own (production|manufacture)|ціни заводу|цены завода|factory prices?|ціни виробника|цены производителя/iu,
  /прайс\p{L}* (у|в|во) (вкладенні|вкладеннях|вложении|приложении|додатку)|price ?list (is )?attached/iu,
  /(відвантаження|отгрузка|shipment) (від|от|from) \d+ (палет|паллет|pallet)/iu,
  // a price per piece quoted to the shop ("EUR 0.06/pc", "0,5 $/шт")
  /(eur|€|usd|\$)\s*\d[\d.,]*\s*\/\s*(pc|pcs|piece|unit|шт)(?!\p{L})|\d[\d.,]*\s*(eur|€|usd|\$)\s*\/\s*(pc|pcs|piece|unit|шт)(?!\p{L})/iu,
  /you (have been|were|are) (selected|chosen)|claim (it )?now|вы (были )?выбраны|ви (були )?обрані/iu,
  /replica|luxury watches|реплик/iu,
  /free (worldwide )?shipping|бесплатн\p{L}* доставк\p{L}* по (всему )?миру/iu,
  /join now|limited (spots|places)|no experience (needed|required)|без опыта|без досвіду|места ограничены|кількість місць обмежена/iu,
  /от \d[\d\s]*\s*(р|₽|руб\p{L}*|грн)\.?\s*\/\s*(мес|міс)/iu,
  // a seller's prices with their currency ("от 31 руб/пакет", "від 2,1 грн/м", "from 3 eur/pc"), and the smallest lot they sell
  /(от|від|from)\s+[€$]?\d[\d\s.,]*\s*(р|₽|руб\p{L}*|грн|eur|€|usd|\$)\.?\s*\/\s*\p{L}+/iu,
  /минимальн\p{L}* (парти\p{L}*|заказ)|мінімальн\p{L}* (парті\p{L}*|замовлення)|минималк\p{L}*|мінімалк\p{L}*|minimum order (quantity|value)|min(imum|\.)? order (of )?\d+|оптом от \d|оптом від \d|wholesale from \d/iu,
  // a seller's payment terms: "с отсрочкой платежа 30 дней"
  /отсрочк\p{L}* платеж|відстрочк\p{L}* платеж|deferred payment|net 30 terms/iu,
  // link shorteners, and selling growth or contacts to the shop
  /\b(bit\.ly|tinyurl\.com|goo\.gl|t\.co|cutt\.ly|is\.gd)\//iu,
  /boost your (business|sales)|targeted [\p{L} ]{0,20}leads|grow your (\p{L}+ )?(business|sales|brand|audience)/iu,
  // followers sold by the thousand ("10,000 real followers")
  /\d[\d,.\s]*\s*(real |live |active |живых |живих )?(followers|subscribers|подписчик\p{L}*|підписник\p{L}*)/iu,
  // a seller's list sent to the shop ("please find attached our trade price list", "full pallets only")
  /find attached (our|the) [^.\n]{0,30}(price|catalog|catalogue|offer|range)|(во вложении|у вкладенні) (наш|наше|наша) (прайс|каталог|предложени|пропозиці)/iu,
  /trade prices?|(full )?pallets? only|only (full )?pallets|цілими палетами|только паллетами|целыми паллетами/iu,

  // a company writing of itself in the third person: "Компания «ТонерПро» предлагает …"
  /(компани[яи]|фирма|завод|фабрика|компанія|фірма)[^.!?\n]{0,40}(предлагает|пропонує)(?!\p{L})/iu,
  /(от|від|from)\s+[€$]?\d[\d\s.,]*\s*(р|₽|руб\p{L}*|грн|eur|€|usd|\$)\.?\s*(за|per)\s+\p{L}+/iu,
  // growth sold to the shop ("Продвижение вашего бизнеса …, первые 100 клиентов за неделю")
  /(продвижени\p{L}*|просуванн\p{L}*|promot\p{L}*) (вашего |вашого |your )?(бизнес|бізнес|business)/iu,
  /\d+ (клиент\p{L}*|клієнт\p{L}*|customers|clients) (за|в|per|a|in a) (неделю|месяц|тиждень|місяць|week|month)/iu,
  // easy money offered ("Заработок от 5000 руб в день без вложений, работа с телефона")
  /без вложений|без вкладень|no investment|работа с телефона|робота з телефону|work from your phone/iu,
  /\d[\d\s]*\s*(р|₽|руб\p{L}*|грн|\$|€|usd|eur)\.?\s*(в|на|a|per)\s+(день|сутки|добу|day)(?![\p{L}])/iu,
  /пиши(те)?\s*\+?\s*в\s*(лс|личку|личные)|пиши(ть)?\s*\+?\s*в\s*(пп|особисті)/iu,
  // search-engine promotion ("bring your website to the TOP of Google, guaranteed")
  /(top|топ)\p{L}*\s+(of|в|у)\s+(google|гугл\p{L}*|яндекс\p{L}*)/iu,
  /\bguaranteed\b|гарантируем|гарантуємо|гарантирую/iu,
  // a seller's price against the market, straight from the works ("напрямую с завода, цены ниже рынка")
  /ниже рынка|нижче ринку|below (the )?market/iu,
  /напрямую (с|от) завод\p{L}*|напряму (з|від) завод\p{L}*/iu,
  // money handed out to a wallet through a link ("Получи 500 USDT на кошелек, переходи по ссылке")
  /на (крипто)?кошел[её]к|на гаманець|to your wallet/iu,
  /переход\p{L}* по ссылке|переход\p{L}* за посиланням/iu,
];

/** How many spam signs the text shows. */
export function spamScore(text: string, subject?: string | null): number {
  const all = `${subject ?? ""}\n${text}`;
  return SPAM.filter((re) => re.test(all)).length;
}

export const THANKS =
  /(^|[^\p{L}])(спасибо|благодарю|благодарим|дякую|дякуємо|thanks|thank you|thx|cheers|спс|merci)([^\p{L}]|$)/iu;
export const GREETING =
  /^(здравствуйте|здрасьте|привет|приветствую|добрый день|доброе утро|добрый вечер|доброго дня|добрий день|доброго ранку|доброго вечора|добрий вечір|вітаю|привіт|hi|hello|hey|good morning|good afternoon|good evening)[\s!.,)👋🙂😊]*$/iu;
