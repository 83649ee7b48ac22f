package ru.moderation.classify;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.moderation.classify.Checks.assertFlagged;
import static ru.moderation.classify.Checks.assertNotFlagged;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("SPAM: invite links, shorteners, link + contact, phones, handles, earnings, casino")
class SpamRulesTest {

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("an unknown link plus 'пишите в лс' is spam")
    @ValueSource(strings = {
        "Все подробности на moy-dohod.site, пишите в лс",
        "Заходите на https://super-rabota.online и пишите в личку",
    })
    void linkPlusContact(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a job offer with a phone number is spam, in every common phone format")
    @ValueSource(strings = {
        "Требуются грузчики, звоните +7 912 345-67-89",
        "Требуются грузчики, звоните +7 (912) 345-67-89",
        "Требуются грузчики, звоните 8-912-345-67-89",
        "Требуются грузчики, звоните 89123456789",
    })
    void phoneNumbers(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("messenger handles with an offer are spam")
    @ValueSource(strings = {
        "Заработок в интернете, пиши @easy_money_bot",
        "Пишите в телеграм @super_earn_24",
    })
    void handles(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("earnings offers with pay per day are spam")
    @ValueSource(strings = {
        "Подработка для студентов, от 3000 рублей в день",
        "Удалённая работа, 5000 в день, без опыта",
        "Заработок от 7000 ₽ в день, всему научим",
        "Лёгкие деньги: 10 000 руб в день, пишите в лс",
    })
    void earnings(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("typical spam mailings combining several signals are spam")
    @ValueSource(strings = {
        "Нужны люди для работы в интернете, доход от 50 000 в месяц, пишите в личные сообщения",
        "Срочно! Требуются курьеры, оплата ежедневно, 4500 за смену. Звонить 8 999 123 45 67",
        "Зарабатываю 7000₽ в день не выходя из дома, подробности в профиле",
        "Инвестиции в крипту, доход 30% в месяц, пиши в тг @crypto_rich",
        "Кредит без отказа, звоните 89123456789",
        "Кому интересна подработка — ставьте плюс",
    })
    void typicalMailings(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("genres of mailings: shady schemes, job ads, dating, forged papers, promotion, crypto, free stars")
    @ValueSource(strings = {
        "Есть рабочая схема, пиши в лс",
        "Подкину серую тему, поднимать деньги можно уже сегодня, детали в личке",
        "Требуются фасовщики, 4000 за смену, пишите",
        "Нужны сотрудники без опыта, от 3000 за выход",
        "Встречусь с щедрым мужчиной, всё в моём профиле",
        "Права без экзаменов, водительские удостоверения за три дня, пишите в личку",
        "Инвайтинг и парсинг аудитории, рассылка по чатам, пишите",
        "Обменяю usdt по хорошему курсу, пишите в лс",
        "Бесплатные звёзды stars для всех, жми @free_stars_bot",
        "Доступ к каналу закрывается, успей присоединиться https://signals-pro.top",
        "Могу предложить от 70.000 р за поездку, детали в лс",
        "Пишите в лс",
    })
    void mailingGenres(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("the page's own replies and residents' talk about money and work are not spam")
    @ValueSource(strings = {
        "Здравствуйте! Напишите, пожалуйста, в личные сообщения сообщества ваш адрес, передадим в управляющую компанию",
        "Добрый день, напишите в сообщения группы номер дома",
        "Водителям автобусов платят 2000 рублей за смену, вот никто и не идёт работать",
        "Зарплата у дворника 20 тысяч, а работы на троих",
        "Вызов врача на дому теперь только через регистратуру",
        "Я всю жизнь заработал на этом заводе, а пенсия 15 тысяч",
        "В МФЦ можно заменить водительское удостоверение за один день",
        "Приму участие в субботнике, приеду к девяти",
        "СМС-рассылка об отключении воды не пришла",
        "Телефонный номер управляющей компании не отвечает, пишите жалобу в прокуратуру",
    })
    void municipalTalk(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("casino and betting are spam on their own")
    @ValueSource(strings = {
        "Лучшее онлайн казино, фриспины за регистрацию",
        "Казино без депозита",
        "Ставки на спорт с промокодом",
        "Вулкан казино дарит 200 фриспинов",
    })
    void casino(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a single weak signal in a municipal comment is not spam")
    @ValueSource(strings = {
        "Горячая линия администрации: 8-800-123-45-67",
        "Ссылка на трансляцию заседания: https://www.youtube.com/watch?v=abc123",
        "Подробнее на сайте www.tyumen-city.ru",
        "Почему проезд 50 рублей в день на работу стоит как обед?",
        "Дети голодают, а депутаты получают 300 000 рублей в месяц",
        "Зарплата учителей 25 000 рублей в месяц — позор",
        "Купил мандарины по 150 руб/кг",
        "Телефон диспетчерской: 8 (3452) 50-50-50",
        "Записаться можно на gosuslugi.ru",
        "Пенсия 15 000 рублей в месяц, а тарифы ЖКХ растут",
        "Проезд подорожал до 45 рублей",
        "Подробности на сайте администрации admtyumen.ru",
        "Ищу свою кошку, пропала во дворе на Ленина, 5",
        "RT @mayor_office: Сегодня открыли новый сквер http://t.co/AbCd123",
        "КОГДА ПОЧИНЯТ ДОРОГУ?!!! ДОКОЛЕ!!! Платим за ЖКХ 5000 рублей в месяц",
        "Платим за ЖКХ 5000 рублей в месяц, а отопления нет",
        "Я плачу за свет 3000 рублей в месяц, это грабёж",
        "Пишите на почту priemnaya@admin-city.ru, там ответят",
        "Пишите обращения через сайт admin-city.ru, так быстрее",
        "Платим за ЖКХ 5000 рублей в месяц, срочно почините отопление!",
        "Раньше вывоз мусора был бесплатно, а теперь 300 рублей в месяц",
        "@ivanov: согласен, фото тут http://t.co/XyZ987",
        "@petrova вот фото ямы у подъезда https://t.co/q1w2e3",
        "@anna_k @petr_v согласна, фото тут https://t.co/q1w2e3",
        "'@mayor_office Страна контрастов, фото https://t.co/ehkv1'",
    })
    void weakSignalsAloneAreNotSpam(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @Test
    @DisplayName("counter-evidence lowers the score but is never reported as a match")
    void counterEvidenceIsNotEvidence() {
        String text = "Заработок от 5000 рублей в день, пиши в лс, работа рядом с поликлиникой";
        Verdict v = assertFlagged(text, Category.SPAM);
        assertTrue(v.matches().stream().noneMatch(m -> m.rule().equals("spam.civic")),
                () -> "counter-evidence reported: " + Checks.describe(text, v));
        assertNotFlagged("Пишите в лс, расскажу как записаться в поликлинику", Category.SPAM);
        assertFlagged("Пишите в лс, расскажу как заработать", Category.SPAM);
    }

    @Test
    @DisplayName("the spam match of a link spans the link in the original text")
    void linkSpan() {
        String text = "Все подробности на moy-dohod.site, пишите в лс";
        Verdict v = assertFlagged(text, Category.SPAM);
        assertTrue(Checks.fragments(text, v, Category.SPAM).contains("moy-dohod.site"),
                () -> "no SPAM match spanning the link: " + Checks.describe(text, v));
    }

    @Test
    @DisplayName("the spam match of a phone number spans the number")
    void phoneSpan() {
        String text = "Требуются грузчики, звоните +7 (912) 345-67-89";
        Verdict v = assertFlagged(text, Category.SPAM);
        assertTrue(Checks.fragments(text, v, Category.SPAM).contains("+7 (912) 345-67-89"),
                () -> "no SPAM match spanning the phone: " + Checks.describe(text, v));
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("service and trade adverts, occult and health adverts, Latin spam words, betting brands")
    @ValueSource(strings = {
        "Ремонт квартир под ключ, недорого, звоните 8 (912) 555-12-34", "Покупаю б/у телефоны, звоните 89505551234",
        "Вывод из запоя на дому, 8-800-555-35-35", "Похудение без диет, WhatsApp +79221234567",
        "Снимаю порчу, приворот, WhatsApp 89991112233", "Справки, дипломы — быстро и недорого, телеграм @docs_fast",
        "Best casino bonus, join @lucky_spin_bot", "Free airdrop, claim your usdt now https://claim-drop.xyz",
    })
    void tradeAndOtherAdverts(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("hot water, hotlines, help between residents and official job portals are not spam")
    @ValueSource(strings = {
        "Горячая линия Минздрава 8-800-200-03-89, мне там помогли",
        "Горячая вода будет с 15-го, аварийная 8 (3463) 22-33-44",
        "пишите в лс, я подскажу куда жаловаться",
        "Вакансии МБУ «Благоустройство» на сайте trudvsem.ru, зарплата от 30 000 рублей",
    })
    void residentsNotSpam(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("forged diplomas, drug slang with a contact, daily rentals with a phone")
    @ValueSource(strings = {"Продам диплом с проводкой, пишите в лс", "Соли, шишки, кристаллы — пиши в телегу",
        "Снимите квартиру посуточно, тел 89121234567"})
    void moreGenres(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a witness appeal and pine cones are not spam")
    @ValueSource(strings = {"Пишите в лс, если кто видел ДТП на Мира вчера", "собирали шишки в парке с детьми"})
    void appealsNotSpam(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("the page's replies, lost pets with a reward, municipal vacancies and scam warnings are not spam")
    @ValueSource(strings = {"Назовите адрес в личных сообщениях, уточним статус заявки",
        "Потерялась собака, рыжая, тел 8-912-345-67-89, вознаграждение гарантируем",
        "В нашем МУП требуются водители автобусов, зарплата от 60 тыс. Подробности на сайте admgorod.ru/vacancy",
        "Внимание! Мошенники предлагают «работу курьером» с оплатой 5000 в день — это вербовка"})
    void municipalNotices(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a buyer's advert with a call-out and a phone is spam")
    @ValueSource(strings = {"Куплю старые иконы, монеты. Выезд на дом. 8 900 123 45 67"})
    void buyerAdvert(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("the page asking for an appeal number, scam warnings and petitions are not spam")
    @ValueSource(strings = {"Напишите нам в личные сообщения номер обращения, разберемся",
        "Мне в лс написали что я выиграл приз, это развод, не ведитесь",
        "Подпишите петицию против закрытия родильного отделения, ссылка в профиле"})
    void pageRepliesAndWarnings(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("escort, forged diplomas and repair adverts with a phone are spam")
    @ValueSource(strings = {"Досуг для взрослых, индивидуалки, выезд по району",
        "Дипломы любых вузов, аттестаты, справки. Недорого. Доставка",
        "Ремонт холодильников на дому, звоните 8-927-111-22-33"})
    void escortDocsRepairs(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("sites dressed as official ones, phishing bait, escort, forged papers, promotion")
    @ValueSource(strings = {"Вы выиграли 50 000 рублей! Заберите на gosuslugi-vyplata.ru",
        "Это ты на фото? vk-photo-view.ru/id8823", "Водительские права без сдачи экзаменов, пишите",
        "Массаж для мужчин, индивидуалка, пиши", "Продам аккаунты ВК оптом, пишите в лс"})
    void phishingAndPromotion(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("the brand's own site, lost things, requests to ban a bot and police warnings are not spam")
    @ValueSource(strings = {"Запись на приём через gosuslugi.ru, всё работает", "Наша группа vk.com/club12345, там новости",
        "Потерялась кошка, вознаграждение 5000 ₽, тел 8-950-123-45-67", "Админ, забаньте этого бота с казино",
        "Возле школы нашли закладки, вызывали полицию", "Отдам котят в добрые руки, звоните 89221234567"})
    void notSpamAfterAll(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("escort with a phone, doubling bitcoins, a giveaway paid to a card")
    @ValueSource(strings = {"Девушки для досуга, круглосуточно, выезд. Тел 8-999-123-45-67",
        "Удвою ваши биткоины за 24 часа", "Розыгрыш! Подпишись на группу и получи 5000 рублей на карту"})
    void escortBitcoinsGiveaways(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a lost passport with a reward and a resident looking for work are not spam; a ceiling advert with a phone is")
    @CsvSource(delimiter = '|', value = {
        "Потеряла паспорт, нашедшего прошу вернуть, вознаграждение гарантирую, 89141234567|false",
        "На межвахте подработку ищу, электрик с допуском, кто знает, где нужны люди?|false",
        "Натяжные потолки за один день! Замер бесплатно. 8 (4212) 77-88-99|true"})
    void lostPassportsAndSeekers(String text, boolean spam) {
        Checks.assertFlaggedIf(spam, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("job offers: who is wanted, the employer's pay voice, perks, trades with a monthly wage, money slang")
    @ValueSource(strings = {
        "Нужны ребята на разгрузку фуры, оплата 3000 сразу после смены",
        "Ищем двух помощников на склад, зп от 2500 за смену",
        "Завтра требуются три крепких парня на переезд, заплачу каждому по 4000",
        "Плиточник на объект — 150 000 р/мес",
        "Идёт набор персонала на производство, жильё предоставляется, оплата от 60 000 в месяц",
        "Есть варик срубить кэш за вечер, пиши",
        "Найдена темка, поднимать бабки без вложений, отпиши в лс",
        "Все детали в личке",
        "Жду в лс за подробностями",
        "Нужны люди на подработку, оплата 12000, подробно в личку",
    })
    void jobOffers(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("residents on wages, municipal vacancies, scam warnings and found pets are not job spam")
    @ValueSource(strings = {
        "Нужно водителю маршрутки сказать, чтобы не гнал по дворам",
        "Зарплата 20000, а работы на троих",
        "МУП «Горсвет» приглашает на работу электромонтёров, зарплата от 40 000 руб., тел. 8 (3452) 11-22-33",
        "Центр занятости объявляет набор на бесплатное обучение сварщиков, запись по тел. 8 (3452) 22-33-44",
        "Мошенники предлагают «подработку» с оплатой 5000 в день, это вербовка",
        "Найдена собака, рыжая, пишите в лс, отдам хозяину",
        "Нашла ключи у третьего подъезда, пишите в лс",
        "Мой сосед штукатур, берёт 500 рублей за метр, нормально сделал",
    })
    void wagesTalkAndMunicipalVacancies(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("escort vocabulary, English mailings, trading signals, look-alike letters and digits inside words")
    @ValueSource(strings = {
        "Скучаешь? Страстная малышка приедет к тебе, апартаменты в центре",
        "Free crypto signals, join my channel and earn profit daily",
        "Сигналы на фьючерсы, +400% к депозиту за неделю, ссылка в био",
        "Тaкoe бывaeт рaз в жизни",
        "ТВ0Й шанс, З0Л0Т0Й билет, ЗАГЛЯНИ К НАМ В Т3ЛЕГУ",
        "Ищешь встречи? Загляни в шапку профиля",
    })
    void escortEnglishSignalsLookAlikes(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a lonely neighbour, a kitten, one mistyped letter, English small talk, an exchange rate are not spam")
    @ValueSource(strings = {
        "Одинокая бабушка в нашем подъезде, приеду к ней с продуктами, кто поможет?",
        "Ласковая кошечка ищет дом, звоните 8-912-345-67-89",
        "cпасибо за ответ, жду в субботу",
        "My English is bad, but the free wifi in the park works, thanks",
        "Обменяли доллары по курсу ЦБ в Сбербанке, всё нормально",
        "В 3D-кинотеатре на Ленина опять сломался проектор",
    })
    void lonelyNeighboursAndTypos(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("price tags of job and task offers, the hook question and the promise to explain")
    @ValueSource(strings = {
        "Монтажник на объект - 210 000 р/мес",
        "Разобрать завалы в гараже - 6.000, пишите",
        "Хочешь зарабатывать не выходя из дома? Пиши, всё расскажу",
        "Устал работать за копейки? Напиши мне в личку",
    })
    void priceTagsAndHooks(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a fine quoted with a dash, advice to complain, a neighbour's house chat are not spam")
    @ValueSource(strings = {
        "За парковку на газоне штраф - 5 000 рублей, имейте в виду",
        "Хотите жаловаться — пишите в прокуратуру, там всё расскажут",
        "Кто хочет вступить в чат нашего дома — напишите мне, добавлю",
        "Готовы поднять тему ремонта крыши на собрании? Пишите, всё расскажу",
    })
    void finesAdviceHouseChats(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("service and goods adverts: a trade next to the terms of a sale")
    @ValueSource(strings = {
        "Педикюр и шугаринг недорого, запись в лс",
        "Шкафы-купе и кухни на заказ, замер и доставка, рассрочка без банка",
        "Колодцы и септики под ключ, выезд в район, звоните 8 913 220-14-55",
        "Дрова колотые, берёза, с доставкой по району, пишите",
        "Репетитор по химии, первое занятие бесплатно, пишите в директ",
        "Химчистка ковров и диванов на дому, выезд мастера в любое время",
        "Продаю творог и сметану домашние, доставка по городу",
        "Покупаю старые иконы, самовары, награды, дорого, наличными",
    })
    void serviceAdverts(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("residents asking for, recommending or reporting a service are not adverts")
    @ValueSource(strings = {
        "Посоветуйте мастера по педикюру недорого, чтобы рядом с остановкой",
        "Кто знает хорошего сантехника? Кран течёт, звоните мне вечером",
        "Где можно заказать торт на юбилей с доставкой?",
        "В поликлинике открыли новый кабинет стоматологии",
        "Администрация проводит день бесплатной юридической консультации, запись по телефону приёмной",
        "Ключи для домофона сделали в будке у почты, 200 рублей",
        "Я на сайте вокзала всегда покупаю билеты, никаких проблем",
    })
    void residentsAboutServices(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("small-town trades and goods with the tail of an advert (call, come out, deliver) are adverts")
    @ValueSource(strings = {
        "Ветеринар на дом: стерилизация кошек, выезд по району, звоните",
        "Газоблок, профлист, цемент со склада, доставка по району, звоните",
        "Сено в рулонах, солома, овёс. Самовывоз или доставка, звоните",
        "Продаю поросят и бычков, доставка по району, звоните",
        "Установка бойлеров, замена смесителей, прочистка засоров. Выезд по району, звоните",
        "Эвакуатор круглосуточно, межгород, звоните",
        "Дрова колотые, горбыль, опилки. Привезём в день заказа, звоните",
        "Межевание, техплан, узаконивание пристроек. Качественно, звоните",
    })
    void smallTownAdverts(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("giving things away, a customer's story, a shop's news and a lost puppy name the goods too, and are not adverts")
    @ValueSource(strings = {
        "Отдам саженцы смородины даром, самовывоз с Садовой",
        "Отдам котёнка в добрые руки, к лотку приучен, звоните",
        "Посоветуйте электрика, нужна замена проводки в доме, звоните",
        "Нам меняли проводку в прошлом году, мастер хороший, сделал качественно",
        "Купили в магазине кирпич со скидкой, доставка была быстрой",
        "В посёлке открылся новый магазин стройматериалов: цемент, кирпич, доски",
        "Ветеринарная станция проводит бесплатную вакцинацию собак, запись по телефону",
        "Когда будет ремонт дороги и замена труб на Лесной? Звоните в администрацию, не дозвониться",
        "Потерялся щенок, рыжий, откликается на Бим, звоните 8 912 345 67 89",
    })
    void smallTownLookAlikes(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("landlords, buyers-up, removals, tutors, shops' discounts for subscribers and lunch delivery are adverts")
    @ValueSource(strings = {
        "Сдаю двухкомнатную квартиру посуточно, чисто, есть всё. Звоните",
        "Куплю старые самовары и монеты, выезд по району",
        "Выкуп мотоциклов в любом состоянии, деньги сразу",
        "Вывоз старой мебели и холодильников, сами вынесем и заберём",
        "Репетитор по физике, подготовка к ЕГЭ, опыт 15 лет, пишите",
        "Наш салон дарит скидку 20% всем подписчикам группы",
        "Доставка обедов в офисы, заказ по телефону, 300 р.",
    })
    void moreSmallTownAdverts(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("neighbours letting flats, a resident buying for a granny, a giveaway with 'пишите в лс', a new clinic are not adverts")
    @ValueSource(strings = {
        "Сдаю кровь каждый месяц, в поликлинике без очереди",
        "Соседи сдают квартиру посуточно, каждый день шумные гости",
        "Куплю бабушке лекарства и сразу отнесу, кому ещё что нужно?",
        "Отдам котят в добрые руки, к лотку приучены, пишите в лс",
        "В ДК открылась запись в кружки, опыт педагогов большой, звоните по телефону",
        "Администрация сообщает: в районе открыт новый медцентр, приём без очереди",
    })
    void moreSmallTownLookAlikes(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a phone with letters typed for digits (О, З, Ч) or masked with Х is still a phone")
    @ValueSource(strings = {
        "Натяжные потолки, т. 8 9О5 1ЗЗ 4О 4О",
        "Ремонт холодильников на дому, звоните 8-9ХХ-ХХХ-12-34",
        "Продам дрова недорого, 89О51234567",
        "Откачка септиков, +7 9О5 ЧЧ1 2З 45",
        "Фильтры для воды, скидка жителям, звоните 8-9О5-12-ЗЗ-45О",
    })
    void phoneWithLookAlikeDigits(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("sums and names next to numbers are not phones")
    @ValueSource(strings = {
        "Контракт на 80 000 000 ООО «Вектор» так и не выполнил, пишите в прокуратуру",
        "В 2019 году ХХ века не было, а дорогу так и не сделали",
        "Номер заявки 8 912 345 67 Оля сказала ждать",
    })
    void numbersThatAreNotPhones(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("pointers to a profile, channel and chat promotion, giveaways")
    @ValueSource(strings = {
        "Подработка для всех 👉 профиль",
        "Контакт у меня на странице, она реально помогает",
        "Залетайте в наш чат обмена вещами, нас уже 500 человек",
        "Подпишись на мой ютуб, выкладываю видео про наш район",
        "Мы переехали, новая группа тут vk.com/novaya_gruppa_goroda",
        "Розыгрыш планшета среди подписчиков, условия: репост и подписка",
        "Кто хочет подработку +",
    })
    void profileChannelGiveaway(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("residents voting with '+', asking to join a house chat, complaining to the admins are not spam")
    @ValueSource(strings = {
        "Кто идёт убирать сквер в субботу, ставьте +",
        "+ у нас тоже нет воды",
        "Добавьте меня в чат подъезда, пожалуйста",
        "Админы, уберите наконец рекламу казино из комментариев",
        "Напишите мне в личку, скину номер нашей старшей по подъезду",
        "Страница в профиле на Госуслугах не открывается, у кого так же?",
    })
    void residentsVotingAndComplaining(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("phishing bait: a payout that is due, confirm, fill in the form, a look-alike site")
    @ValueSource(strings = {
        "Вам начислена субсидия 7 200 ₽, подтвердите получение на сайте",
        "Всем пенсионерам положена доплата, проверьте себя на viplaty-pensii.online",
        "Магазин дарит подарки, заполните форму на podarki-vsem.site",
    })
    void payoutBait(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("warnings about payout bait and the administration's own notices are not spam")
    @ValueSource(strings = {
        "Осторожно, пишут «вам положена выплата, проверьте себя» — это мошенники",
        "Выплаты оформляются только через МФЦ, никаких форм по ссылкам не заполняйте",
    })
    void payoutWarnings(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("dating bait and the 🔞 sign")
    @ValueSource(strings = {
        "Я новенькая в вашем городе, скучно вечером, пишите",
        "Девушки вашего района ждут 🔞 смотри профиль",
        "Мои фото тут, ссылка в шапке профиля 😘",
    })
    void datingBait(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a new resident's question and photos of the festival are not dating bait")
    @ValueSource(strings = {
        "Я тут новенькая, подскажите, где ближайшая поликлиника?",
        "Мои фото с Дня города, смотрите, какая красота",
    })
    void newResidents(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("contacts written apart: spaced links, a spelled-out dot, 'через собаку', digit-by-digit and spelled phones")
    @ValueSource(strings = {
        "Вся инфа тут: t . me / legkie_dengi",
        "Заходи на rabota(точка)doma(точка)ru",
        "Ник через собаку vika_dohod, пишите",
        "Звони 8-9-0-5-1-1-2-3-3-4-4",
        "Номер: девять один шесть, ноль два ноль, три четыре восемь семь",
    })
    void obfuscatedContacts(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("sentence ends before an English word, ordinary phones and counting are not obfuscated contacts")
    @ValueSource(strings = {
        "Спасибо за ответ. Me too, как говорится",
        "Диспетчер ЖЭУ: 8 (3812) 45-67-89, звоните с восьми до пяти",
        "Осталось два дня, потом три, потом пять",
    })
    void notObfuscated(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("job and loan mailings in Uzbek and Kazakh, and Latin words with letters that have no Cyrillic shape")
    @ValueSource(strings = {
        "Ishchilar kerak, kunlik to'lov, lichkaga yozing",
        "Үйден жұмыс, табыс күніне 8000 теңге, сілтеме профильде",
        "Giveaway! Join my channel, big prize for every winner",
    })
    void foreignMailings(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("residents writing in Uzbek and Kazakh are not spam")
    @ValueSource(strings = {
        "Salom, bugun avtobus ishlayaptimi? Ishga borishim kerak",
        "Рахмет, бүгін МФЦ-ға барамын",
    })
    void foreignResidents(String text) {
        assertNotFlagged(text, Category.SPAM);
    }
    @ParameterizedTest(name = "«{0}»")
    @DisplayName("review 21: handles and links written apart, payout phishing in a host's name")
    @ValueSource(strings = {
        "Узнай свою выплату, пиши @ vyplaty _ sem _ bot",
        "Работа для всех, пиши в тг: @ dohod _ ural22",
        "Прогнозы на хоккей каждый день t. me/ hokkei_top",
        "Ваш кабинет будет удален, подтвердите данные: lk-vyplata. ru. com",
        "Компенсация за свет до конца месяца: svet-kompensaciya.online",
        "Жители района, заявку на выплату за отопление подать тут: teplo-vyplata.online",
    })
    void writtenApart(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("review 21 look-alikes: a spaced @, a sentence dot before a Latin word, an official site")
    @ValueSource(strings = {
        "Пишите на почту priemnaya @ adm74.ru, там ответят",
        "Сходила в МФЦ. Me too, как говорится, всё сделали",
        "Голосование только на gosuslugi.ru, остальные ссылки фейковые",
        "Осторожно, мошенники рассылают teplo-vyplata.online, не переходите",
    })
    void notWrittenApart(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("review 21: 2025-2026 mailings (tasks, money mules, bets, casinos, courses, dating, payouts in a bot)")
    @ValueSource(strings = {
        "Девчонки, нужно только ставить лайки под товарами, платим 250₽ за задание",
        "Ищем владельцев карт, процент за каждый перевод, всё безопасно",
        "Кто сидит в ставках, дам прогнозы на футбол от инсайдера, подробности в лс",
        "Вавада, рабочее зеркало в профиле",
        "Освойте профессию дизайнера за месяц, трудоустройство гарантировано, работайте из дома",
        "Мне 25, недавно переехала, ищу новых знакомых, напиши мне",
        "Ищу мужчину для приятных встреч без обязательств",
        "Вам положена доплата 12 000 ₽, оформление в боте за 2 минуты",
        "Инвестирую в нефть, доходность 30% в месяц, присоединяйтесь",
        "Сама не верила, но её сигналы реально работают, профиль ниже",
        "Кто ищет подработку? Работа с телефона, 2000 в день, пиши",
        "Помогу поступить на бюджет, гарантия 100%, оплата после зачисления",
    })
    void review21Mailings(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("review 21 look-alikes: residents helping with procedures, their employer, the official channel, spam received")
    @ValueSource(strings = {
        "Пишите в лс, я в прошлом месяце подавала на пособие через соцзащиту, помогу",
        "Пишите в лс, дам телефон отдела кадров, у нас в цеху токарей ищем",
        "Зарплата у фельдшеров 35 тысяч, откуда кадры возьмутся",
        "Подписывайтесь на официальный канал администрации района, ссылка в описании",
        "Мне тоже пишут в лс какие-то кураторы, это боты?",
        "Скучаю по тебе, приезжай скорей",
        "Под ипотеку 6% годовых дают только семьям с детьми",
        "Кто хочет заработать, идите в центр занятости, там вакансии есть",
        "Официальный бот минздрава для записи к врачу есть?",
        "Я сначала тоже думала, что развод, а потом в МФЦ всё подтвердили",
    })
    void review21Residents(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("spam-5: the money a job mailing dangles, an escort advert describing herself")
    @ValueSource(strings = {
        "Требуются курьеры в новый магазин, платим хорошо, каждую неделю",
        "Ищем людей, готовых много зарабатывать, всему научим",
        "Нужны работники на склад, быстрый карьерный рост",
        "Хочешь стабильный доход? Подробности в лс",
        "Прибыльно и без риска, объясню в личке",
        "Стройная блондинка встретится с щедрым мужчиной",
        "Жаркая девочка ждёт тебя в гости сегодня",
        "Подарю яркие эмоции, для встреч с порядочным мужчиной",
    })
    void spam5Mailings(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("spam-5 look-alikes: wages discussed, a blonde neighbour, a hot water outage")
    @ValueSource(strings = {
        "Водители автобусов хорошо зарабатывать перестали, вот и уходят",
        "Большие деньги на ремонт дороги выделили, а толку ноль",
        "У соседки дочка блондинка, стройная такая, в пятый класс пошла",
        "Горячие батареи только в одном подъезде, жаркая квартира у нас одна",
        "Карьерный рост в поликлинике только через заведующую",
        "Приходите в гости на день двора, будет приятная встреча с соседями",
    })
    void spam5Residents(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("English prose with a word of English mailings (dating, earnings, DMs) is spam")
    @ValueSource(strings = {
        "Hello dear, I am new in your city and looking for a nice man to meet tonight, write me",
        "We are hiring remote assistants, earn from home with just your phone, DM for details",
        "Are you interested in real profits? Our team will show you how to get passive income every day",
    })
    void englishProseMailings(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("English prose of foreign residents asking about the city is not spam")
    @ValueSource(strings = {
        "Hi, I am a student from India, where can I find the passport office in our city?",
        "Sorry, I do not speak Russian well. Is the water off in our building today? Thank you",
        "Good evening! Can you tell me if the bus to the airport is running at night? I have an early flight",
    })
    void englishProseResidents(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("one-off paid gigs: a task (unloading, packing, clearing rubbish) with the pay per day or per head")
    @ValueSource(strings = {
        "Разгрузка фуры на складе - 6000 в день",
        "Нужно вынести старую мебель из квартиры, 3000 ₽ каждому",
        "Набираю ребят на погрузку, 4500 в день, оплата сразу",
        "Расклейка объявлений по району, 2500 ₽ за смену, пишите",
    })
    void paidGigs(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("gig look-alikes: a neighbour asking for a hand, rubbish in the yard, a loader's wage discussed")
    @ValueSource(strings = {
        "Кто поможет вынести диван на помойку? Заплачу 1000",
        "Соседи, надо убрать мусор во дворе, скинулись по 200 рублей",
        "Вынести мусор из подъезда управляющая компания обещала ещё вчера",
        "Зарплата у грузчиков на складе 60 000 в месяц, не разгуляешься",
    })
    void gigLookAlikes(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a hook question to the reader and the call to write: the whole of a short mailing")
    @ValueSource(strings = {
        "Хочешь поднять денег к празднику? Пиши",
        "Надоело сидеть без денег? Напиши, расскажу",
        "Заинтересовало? Пишите в телеграм",
        "Устал от начальника и копеечной зарплаты? Пиши",
    })
    void hookAndCall(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("hook look-alikes: residents' questions with 'пишите' about the house, a kitten, a complaint")
    @ValueSource(strings = {
        "Кто хочет на субботник в субботу, пишите, внесу в список",
        "Хотите, я вам номер сантехника напишу?",
        "Если хотите котёнка, пишите, отдам даром",
        "Хотите вступить в совет дома? Пишите старшему по подъезду",
        "Устали от шума стройки? Пишите жалобу в администрацию",
        "Готова посидеть с ребёнком соседки вечером, пишите",
    })
    void hookLookAlikes(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("escort adverts: a generous man wanted, receiving at home, explicit words with a meeting or a price")
    @ValueSource(strings = {
        "Познакомлюсь с щедрым мужчиной, центр",
        "Ищу щедрого мужчину для встреч, фото в профиле",
        "Приеду сама или могу принять у себя, пиши",
        "Сделаю минет, недорого, пиши в тг",
    })
    void escortOffers(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("escort look-alikes: parcels received at home, a generous neighbour, sex education discussed")
    @ValueSource(strings = {
        "Могу принять посылку для соседей у себя, я весь день дома",
        "Спасибо щедрому мужчине, который оплатил бабушке такси до поликлиники",
        "В школе хотят ввести уроки про секс, родители против",
        "Лучшие девочки нашей гимназии выиграли олимпиаду по химии",
    })
    void escortLookAlikes(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("Ukrainian and Uzbek mailings (jobs with lodging and weekly pay, girls and prices) and drug shops' own words")
    @ValueSource(strings = {
        "Пропонуємо роботу в Польщі, житло та харчування за рахунок компанії, пишіть",
        "Віддалена робота, щотижневі виплати, дохід від 20 тисяч",
        "Андижонда қизлар бор, нарх 300 минг",
        "Готовые клады в твоём районе, проба товара бесплатно",
        "У нас вся запрещёнка, свежие адреса каждый день",
    })
    void foreignMailingsAndDrugShops(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("Ukrainian residents' questions, a job seeker, a museum's hoards are not spam")
    @ValueSource(strings = {
        "Підкажіть, будь ласка, де в місті оформити довідку для школи?",
        "Шукаю роботу водієм, може хтось знає вакансії?",
        "Дякую за відповідь, а коли дадуть гарячу воду на Шевченка?",
        "В краеведческом музее выставка: клады монет, найденные в области",
    })
    void foreignResidentsAndHoards(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("calls and spam words spelt letter by letter or with dots ('п и ш и в л с', 'в л.с.')")
    @ValueSource(strings = {
        "п и ш и в л с",
        "Подарок каждому, п и ш и т е  в  л с",
        "П.Е.Р.Е.Х.О.Д.И В П.Р.О.Ф.И.Л.Ь",
        "Требуются курьеры, подробно в л.с.",
        "з а р а б о т о к от 5000 в день",
    })
    void spacedCalls(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("spaced look-alikes: an answer sent in private, a thank-you spelt out, initials")
    @ValueSource(strings = {
        "Ответила вам в л.с., проверьте",
        "С П А С И Б О всем соседям за помощь с машиной",
        "Заявление передали в Л.С. Петровой, она зам главы",
    })
    void spacedLookAlikes(String text) {
        assertNotFlagged(text, Category.SPAM);
    }
    @ParameterizedTest(name = "«{0}»")
    @DisplayName("round spam-7: the look of an advert, many handles, a testimonial for a handle, far scripts, contact-list bait")
    @ValueSource(strings = {
        "ВНИМАНИЕ! Набор открыт! ГАРАНТИЯ результата, подробности в лс",
        "✅ Доставка 🔥 Скидки 💰 Кешбэк 👉 @skidki_vsem_bot",
        "Привет @olga_m1 @petr_k22 @nina_v33 @ivan_s44, загляните",
        "Зацените @deshevo_tech_shop, техника со скидкой до 70%",
        "Всё благодаря @dohod_pro_bot, за неделю отбил вложения",
        "高薪兼职 日结 联系 @job_cn_fast",
        "Посмотри, как тебя записали друзья @kontakty_view_bot",
        "ахах кто меня дурой подписал? https://kto-zapisal.online/x",
    })
    void advertShapeAndTestimonials(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("round spam-7 look-alikes: residents shouting in caps, thanking with emoji, replies to several people, city bots")
    @ValueSource(strings = {
        "ПОДСКАЖИТЕ ТЕЛЕФОН ПРИЁМНОЙ 8 (3452) 25-11-00 НЕ ОТВЕЧАЕТ!!! ЧТО ДЕЛАТЬ",
        "Наконец-то!!! Дождались!! Дорогу сделали!!! Спасибо! 🔥🔥🔥",
        "@olga_m1 @petr_k22 @nina_v33 спасибо, соседи, за помощь с машиной",
        "RT @city_news: @olga_m1 @petr_k22 @nina_v33 перекрытие на Мира до вечера",
        "Я заказываю обеды через @stolovaya_na_mira, всё вкусно",
        "Меня записали к окулисту на пятницу, очередь была неделю",
    })
    void advertShapeLookAlikes(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("round spam-8: Spanish, Portuguese, Indonesian and German mailings; English calls beside a handle")
    @ValueSource(strings = {
        "Recuperacion de cuentas hackeadas, espionaje de WhatsApp, escribeme",
        "Ganhe dinheiro com investimento, saque pelo pix todo dia",
        "Penghasilan harian dari investasi, hubungi kami sekarang",
        "Ich zeige dir, wie du mit dieser Plattform Geld verdienen kannst: trade-geld.online",
        "Check out my new channel @crypto_gains_daily",
        "Contact me for more info @fast_loans_team",
    })
    void foreignLatinMailings(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("round spam-8 look-alikes: visitors asking the way in Spanish and German, an English 'check out' with no contact")
    @ValueSource(strings = {
        "Hola, ¿dónde está la oficina de la administración? Necesito un certificado para mi hijo",
        "Ich suche die Bushaltestelle, wo ist die Linie 5 und wann kommt der Bus?",
        "Check out the new bike lanes on Lenina street, they look great",
    })
    void foreignLatinResidents(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("round spam-8: easy money as a headline, praise of what a link or a handle leads to, a pay range or period before the sum")
    @ValueSource(strings = {
        "Быстрые бабки для смелых! Ждём в телеграме",
        "Лучшие скидки недели тут: skidki-nedeli.online",
        "Бесплатный доступ к курсам @kursy_free_bot",
        "Поездки за город, в месяц от 200-500.000 р.",
    })
    void easyMoneyPraiseAndRanges(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("round spam-8 look-alikes: the idiom of a story, praise with no link, a free hotline, a bare petition link, market prices, a pension")
    @ValueSource(strings = {
        "Сосед погнался за лёгкими деньгами, теперь ходит без машины",
        "Самые лучшие годы были в нашем дворе, спасибо всем соседям",
        "Звонок бесплатный: 8-800-100-20-30, горячая линия",
        "Вот ссылка на петицию про сквер: change.org/p/skver-na-mira",
        "На рынке огурцы 200-300 руб за кило, дорого",
        "У мамы пенсия в месяц 18 000 рублей, а коммуналка 6 000",
    })
    void easyMoneyPraiseAndRangesLookAlikes(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("round spam-8: an account labelled by its messenger, remote-job perks, Telegram giveaways, crypto cheques, cash exchange, payday loans")
    @ValueSource(strings = {
        "Нужен помощник в проект, только на тг dohod_24",
        "Оформлю визу быстро, пишите tg: visa_help77",
        "Дружный коллектив, комфортный офис, подробности у @hr_team_office",
        "Можно совмещать с основной работой, гибкий график",
        "Быть подписанным на @prizes_daily и переслать этот пост в три чата",
        "Простите за рекламу, шины со скидкой тут: shiny-deshevo.online",
        "Мультичек на 50 USDT, количество активаций 10",
        "Меняем USDT на наличные, курс отличный",
        "Займ до зарплаты: в неделю до 30 000 рублей, минимум документов",
    })
    void labelledHandlesPerksGiveawaysExchange(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("round spam-8: a pitch turned round, a sum per head or per piece, a job phrased with its pay, boosting, a pointer to the description, an English call with a price")
    @ValueSource(strings = {
        "Подработка есть, пиши",
        "Вынести мусор после ремонта, 4000 ₽ на человека",
        "Расклейка объявлений, 3000 рублей",
        "Кому забустить ранг в игре — в лс",
        "Интересно? Смотри в описание",
        "Contact me, prices from 20 ₽",
    })
    void gigsAndPointers(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("round spam-8 look-alikes: a neighbour in Telegram, a school's staff, a school contest, an apology with a question, residents' news, cash, a fine, a chat forward, a request for hands")
    @ValueSource(strings = {
        "Я в тг тоже есть, ищите по номеру телефона",
        "В тг написала Mosgorod, жду ответа",
        "У нас в школе дружный коллектив учителей, спасибо директору",
        "Конкурс рисунков: условия участия на сайте школы, итоги будут подведены 1 июня",
        "Извините, что пишу здесь, но кто знает телефон ЖЭКа?",
        "Вы не поверите, опять прорвало трубу! Фото: vk.com/wall-123_456",
        "Сняла 5000 рублей на наличные в банкомате у почты",
        "Штраф 500 рублей за каждый день просрочки, так в квитанции написано",
        "Перешлите в чат дома, пожалуйста: ремонт подъезда с понедельника",
        "Кто свободен в субботу? Помогите донести шкаф, пишите",
    })
    void labelledHandlesAndGigsLookAlikes(String text) {
        assertNotFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: loan bait without a contact, guaranteed returns, a secret promised; a borrower and a council stay clean")
    @CsvSource(delimiter = '|', value = {
        "Займы без проверок, одобрение за 10 минут|true",
        "Кредит даже с плохой кредитной историей, решение за час|true",
        "Вклад в стартап: доходность гарантирована, инвестиции от 5000|true",
        "Похудение без диет, пишите — расскажу свой секрет|true",
        "Взяла кредит в банке, теперь плачу двадцать лет|false",
        "Одобрение за благоустройство двора получили на сессии думы|false",
    })
    void reviewTwentySevenSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: a card number asked for, dating profiles behind a link, a dealer selling tractors; a resident selling one tractor stays clean")
    @CsvSource(delimiter = '|', value = {
        "Оставьте номер карты в личку, переведём компенсацию|true",
        "Одинокие девушки рядом с вами, анкеты с фото по ссылке vstrechi-ryadom.ru|true",
        "Тракторы МТЗ в наличии и под заказ, звоните|true",
        "Продам трактор Т-40 на ходу, звонить вечером|false",
    })
    void reviewTwentyEightSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: a dating site for the district, payout bait asking «положена ли», a messenger left in the profile with a guarantee, buyers-up in the plural, a crew for hire, a tipster bot; a resident's question and a sale of one sofa stay clean")
    @CsvSource(delimiter = '|', value = {
        "Знакомства для серьёзных отношений, анкеты одиноких, ссылка в шапке профиля|true",
        "Проверьте, положена ли вам компенсация за отопление: kompensaciya . online|true",
        "Списание долгов по ЖКХ, гарантия результата. WhatsApp в профиле|true",
        "Покупаем лом и аккумуляторы, дорого, самовывоз|true",
        "Бригада отделочников, недорого, звоните|true",
        "Выгодные ставки на матчи каждый день|true",
        "Подскажите, положена ли выплата на второго ребёнка и куда обращаться?|false",
        "Скорая бригада приехала через час|false",
    })
    void reviewTwentyNineSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: a phone with number words among its digits is hidden from filters; a year and a bus route with a number word stay clean")
    @CsvSource(delimiter = '|', value = {
        "Звоните: восемь 921 сто 23 45 67|true",
        "Ремонт балконов. Тел 8 911 - 5 ноль 3 - 2 2 - 8 1|true",
        "В 1985 году восемь 20 человек получили квартиры|false",
        "Автобус восемь 21 минуту стоял на остановке|false",
    })
    void phonesWithNumberWords(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: a link typed letter by letter, a domain after «точка» in Cyrillic, a phone with spaced dashes, a phone read out in pairs and triples, certificates without doctors, a credit card, a deadline sale, a quoted plus, a service cheaper than the management company; a hotline, votes, years and prices stay clean")
    @CsvSource(delimiter = '|', value = {
        "Займ за 5 минут! Переходи: z a i m - b y s t r o . r u|true",
        "Каталог на сайте severnye-unty точка ру|true",
        "Уборка снега трактором, звоните 8 9 6 0 - 0 2 0 - 1 1 - 1 1|true",
        "Вахта, 120 000 на руки. Тел: восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят|true",
        "Справки в бассейн без прохождения врачей, тг @spravki_24|true",
        "Кредитная карта со льготным периодом 200 дней, ссылка в профиле|true",
        "Уважаемые жители! Только три дня скидка 70% на окна! Звоните 8 800 100 22 33|true",
        "Кто хочет зарабатывать как я — пишите \"+\"|true",
        "Уборка снега дешевле чем у УК, звоните 8 912 345 67 89|true",
        "Горячая линия отопления 8 800 100 22 33, звоните, если холодно|false",
        "Кто за перенос остановки — ставьте + в комментариях|false",
        "Тариф рос в 2019 - 2020 - 2021 годах, теперь снова|false",
        "Три дня без света — вот так работает УК|false",
        "У нас за вывоз мусора дешевле чем у соседей платим|false",
    })
    void reviewThirtyOneSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: a casino or a bookmaker with its bonus, link or contact, and drug caches offered; the same words in talk, bookmarks and a foundation being laid stay clean")
    @CsvSource(delimiter = '|', value = {
        "Новое казино дарит бонус 300% на первый депозит, ссылка в профиле|true",
        "Букмекерская контора принимает ставки онлайн, промокод на фрибет в шапке|true",
        "Готовые закладки в вашем районе, меф и шишки, пишите в тг|true",
        "Всегда выигрывает букмекер, а не игрок, давно известно|false",
        "Сосед проиграл в казино всю зарплату, жена в слезах|false",
        "Скинул ссылку на расписание себе в закладки, удобно|false",
        "Строители завершили закладку фундамента нового детского сада|false",
    })
    void gamblingAndDrugWordsInTalk(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: a link in Cyrillic look-alikes (т.ме/…), a handle typed letter by letter, a Cyrillic domain «онлайн» after a spelled dot, a scheme offered in private, paid reviews, a compensation promised beside a spaced link; «т.е.», booking online, spaced capitals and compensation at the МФЦ stay clean")
    @CsvSource(delimiter = '|', value = {
        "Канал со сливами: т.ме/sliv_gorod|true",
        "Пишите @ b e t s 7 4, прогнозы на хоккей|true",
        "Займ под 0%, ссылка: zaim-dengi(точка)онлайн|true",
        "Пишите в лс, есть схема как не платить за ЖКХ|true",
        "Набираем людей, задания простые — отзывы на маркетплейсах, оплата сразу|true",
        "Получите компенсацию за отопление на сайте komp-zhkh . ru|true",
        "т.е. в среду не будет воды|false",
        "Записаться можно онлайн на сайте МФЦ|false",
        "@ А Б В|false",
        "Получите компенсацию в МФЦ, нужен паспорт и СНИЛС|false",
    })
    void reviewThirtyTwoSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: review 33 — the messenger domain spelled in Cyrillic, a handle typed apart after «пишите:», a spoken phone with long dashes; a resident selling a thing they no longer need stays clean")
    @CsvSource(delimiter = '|', value = {
        "Все новости тут: т точка ме слэш newscity|true",
        "Гадалка, сниму порчу, приворот. Пишите: m a g i y a _ 2 5|true",
        "Займы всем: восемь 9 один 4 — 3 три 3 — 05 — 12|true",
        "Продаю лодку с мотором, мне она больше не нужна, фото в лс|false",
        "Продаю саблю дедушкину, мне не нужна, 5 тыс|false",
    })
    void reviewThirtyThreeSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: genres of session 19 — mailings sold as a service, shell-company services, the imperative to earn, remote work, a high income or a generous pay offered; a loan talk about high incomes stays clean")
    @CsvSource(delimiter = '|', value = {
        "Массированная рассылка по базам клиентов, пишите|true",
        "Инвайты в любые группы, пишите|true",
        "Ликвидация ООО без проблем, пишите|true",
        "Номинальный директор на вашу фирму, пишите|true",
        "Сиди дома и зарабатывай, всё объясню, пиши|true",
        "Удалённая занятость для мам в декрете, подробности пиши|true",
        "Дело с высоким доходом, есть вопросы? Пиши|true",
        "Требуется кладовщик, оплата щедрая|true",
        "При высоких доходах банк одобряет ипотеку на 6 млн, а нам дали 2 млн|false",
        "Удалённая занятость у нас в городе почти не встречается, все ездят на завод|false",
    })
    void sessionNineteenSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: review 34 — «отпишитесь плюсиком» to a paid task, «без подвоха, проверено лично», «поднимать на ставках», a messenger link spelled in spaced Cyrillic letters with a bonus per registration; a resident's plumber with his phone, a saviour tow driver and one's own flat let stay clean")
    @CsvSource(delimiter = '|', value = {
        "Мамочки, кто хочет подработку в декрете? Отпишитесь плюсиком|true",
        "Ставь + и получишь 3000 на карту, без подвоха, проверено лично|true",
        "Кто хочет поднимать на ставках, пиши мне|true",
        "Банк платит 500₽ за регистрацию, ссылка т м е / bonus_city|true",
        "Мастер Гена нам прошлой зимой кран менял, быстро и недорого, вот его номер 8 928 111 22 33|false",
        "Эвакуатор Игорь нас зимой выручил: 8 962 333 44 55, приезжает быстро|false",
        "Сдаю свою двушку на длительный срок, без животных, подробности в лс|false",
    })
    void reviewThirtyFourSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: review 35 — a link with its dash and its domain written apart, a numbered deadline of a sale, a free check offered with a bot's name; a pram nearly new, an outgrown scooter, a wardrobe given away, a resident looking for a flat and «т . д» stay clean")
    @CsvSource(delimiter = '|', value = {
        "Все новости района на сайте novosti - 39 . r u|true",
        "Справки любые, сайт spravka39 . r u|true",
        "Шубы со скидкой до 50%! Только 3 дня в ДК, рассрочка|true",
        "Бесплатно проверим ваш автомобиль на штрафы, бот shtraf_check24|true",
        "Продам коляску, почти новая, 5000, в личку|false",
        "Продаю самокат дочки, выросла, 3000, пишите в личку|false",
        "Отдам шкаф бесплатно, самовывоз, пишите в личку|false",
        "Кто-нибудь сдаёт квартиру на лето? Напишите в лс|false",
        "Ну и т . д, короче, всё как обычно|false",
    })
    void reviewThirtyFiveSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: review 36 — daily pay with a «+», coursework help with a VK name; an owner's motorcycle or jeep with a phone, a customer's word on a tyre shop and a question about seedlings stay clean")
    @CsvSource(delimiter = '|', value = {
        "Зарплата каждый день, ставь + и я напишу|true",
        "Окажу помощь в написании рефератов и курсовых. Вк: diplom_help24|true",
        "Продаю мотоцикл Урал, на ходу, один хозяин, 89001234567|false",
        "Продам УАЗ, документы в порядке, звоните 89011112233|false",
        "Открыли шиномонтаж у заправки, нормально делают и недорого|false",
        "Где у нас хороший выбор рассады? Подскажите|false",
    })
    void reviewThirtySixSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: review 37 — a flood payout bot asking to check one's name on a list; the voters' list and the water utility's emergency line sent to by a resident stay clean")
    @CsvSource(delimiter = '|', value = {
        "Выплата по паводку — проверьте свою фамилию в списке: t.me/pavodok_spisok_bot|true",
        "Проверьте свою фамилию в списках избирателей на сайте избиркома|false",
        "Аварийная служба водоканала: 8 (4112) 42-00-00, звоните туда, а не в комментарии пишите|false",
    })
    void reviewThirtySevenSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: review 38 — a phone with letters for digits, a phone spread digit by digit between long dashes, a payout in a Cyrillic host; a buyer whose own machine broke, a found dog's phone with a letter O, the city's dispatch line, gosuslugi in Cyrillic and years of the war stay clean")
    @CsvSource(delimiter = '|', value = {
        "Сергей, 8 9I2 4О5 67 89|true",
        "Сергей, 8 9 1 2 — 3 4 5 — 6 7 — 8 9|true",
        "Подробности на сайте компенсация-рф.рф|true",
        "Куплю стиральную машину недорого, наша сломалась после паводка|false",
        "Нашла собаку у дамбы, звоните 8 9О2 123 45 67|false",
        "Звоните в ЕДДС: 8 3537 25 12 12 — круглосуточно|false",
        "Запись на приём через госуслуги.рф, там же статус выплаты|false",
        "Годы войны 1941 — 1945 — помним|false",
    })
    void reviewThirtyEightSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: review 39 — phones with a group of letters typed for digits standing alone, a spoken phone with letters for digits, the bailiffs' name in a phishing host; a question about courses, furniture sold before a move, the bailiffs' own site and the administration's hotline stay clean")
    @CsvSource(delimiter = '|', value = {
        "Гадалка Вера, звоните 8 8ОО 555 22 ЗЗ|true",
        "Сниму порчу, гадаю на картах. WhatsApp +7 9З1 2О2 44 ЗЗ|true",
        "Ремонт подвески, выезд. восемь 9II ноль ноль два два три три четыре|true",
        "Проверьте, не списаны ли ваши деньги: fssp-spisok.online|true",
        "Где записаться на курсы для взрослых по компьютерной грамотности?|false",
        "Продаю шкаф и стол, переезжаю к дочери в Петрозаводск, самовывоз|false",
        "Проверить долги можно на официальном сайте fssp.gov.ru|false",
        "Звоните 8 800 555 00 11, это горячая линия администрации|false",
    })
    void reviewThirtyNineSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: review 40 — a weight-loss promise with an order in direct messages, a phone with slashes and letters for digits, a phone typed digit by digit with a letter among them; a resident's own weight loss and a court case number stay clean")
    @CsvSource(delimiter = '|', value = {
        "Кто хочет похудеть к лету? Травяной сбор, минус 10 кг за месяц. Заказ в директ|true",
        "Перевозки Горно-Алтайск—Новосибирск ежедневно, посылки, пассажиры. Вайбер 8/913/555/0l/7О|true",
        "Чага, золотой корень — натуральное с Алтая. Заказ: 8 (9 1 3) 1 I 1 - 2 2 - 3 3|true",
        "Минус 10 кг за месяц, сама не верю, спасибо тренеру в нашем ФОКе|false",
        "Дело № 2/1345/2024 рассмотрено в районном суде|false",
    })
    void reviewFortySpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: review 41 — an air-conditioner fitter with a phone, a beach shop that delivers, a win told on one's page, yacht trips with an Instagram name with dots; a school's air conditioners, a closed shop, a trip told, the administration's VK page and Telegram channel stay clean")
    @CsvSource(delimiter = '|', value = {
        "Ремонт и заправка кондиционеров Анапа, Джемете, Витязево, выезд за 30 минут! 89185550098|true",
        "Магазин Всё для пляжа на Пионерском, доставка прямо на пляж по телефону 8-861-33-555-00|true",
        "ВЫИГРАЛ 150К ЗА ВЕЧЕР!!! Рассказываю как у себя на странице 🤑|true",
        "Морские прогулки на яхте из Анапы ⛵ рыбалка, закаты. Инст: yacht.anapa.sea|true",
        "Ремонт кондиционеров в школе сделали|false",
        "Магазин закрыт, доставка не работает|false",
        "Рассказываю, как мы съездили в Сукко|false",
        "вк: vk.com/anapa_adm — официальная страница|false",
        "тг: t.me/anapa_official|false",
    })
    void reviewFortyOneSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: review 42 — a targeting course linked in a profile, state benefits up to 50,000 for a «хочу» in private messages, mobile numbers with five real digits and Cyrillic О for the zeros; the election commission's notice, a welding course at the job centre, a clean-up sign-up, benefits through Gosuslugi, a number of five digits without a mobile prefix, one of two real digits stay clean")
    @CsvSource(delimiter = '|', value = {
        "Обучу профессии таргетолога за 2 недели, первые клиенты гарантированы! Ссылка на курс в профиле|true",
        "Ребята, мой знакомый помогает с пособиями от государства до 50 000, пишите «хочу» в лс|true",
        "Избирательная комиссия сообщает: досрочное голосование с 3 по 9 сентября, тел. для справок 8 (3846) 22-11-00.|false",
        "Обучу профессии сварщика бесплатно в центре занятости, запись по телефону.|false",
        "Пишите «хочу» под постом, если идёте на субботник.|false",
        "Пособия от государства до 18 лет выплачивают через Госуслуги.|false",
        "Срочный выкуп квартир в Новокузнецке, любые состояния, расчёт в день сделки! 8 9ОО 3ОО 4О 4О|true",
        "Выкуп авто в любом состоянии, звоните: 8 9ОО 7ОО 1О 2О|true",
        "Выкуп авто в любом состоянии, документы в ООО 8 3ОО 5ОО 4О 4О|false",
        "В отчёте администрации: 8 9ОО ОО ОО ОО — такого номера нет, проверяли|false",
    })
    void reviewFortyTwoSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: review 43 — a removal advert whose phone has a group of three letters typed for digits; a contract with the company form ООО and a fine beside ЗАО stay clean")
    @CsvSource(delimiter = '|', value = {
        "Вывоз мусора, хлама, старой мебели. Газель с грузчиками. 8 9 6 1 ЗОЗ 44 5О|true",
        "Контракт на 80 000 000 ООО «Вектор» подписан, ремонт дороги начнут в мае.|false",
        "Штраф 8 000 ЗАО Вектор так и не заплатило, пишут в газете.|false",
    })
    void reviewFortyThreeSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: review 44 — a meme coin to buy while cheap, the best odds on hockey with a promo code, marketplace courses with a first income in two weeks; a boiler's efficiency, a dairy's income to the budget, help for a family whose house burnt, a friend called in for tea stay clean")
    @CsvSource(delimiter = '|', value = {
        "Мемкоин $PSKOV запускается сегодня, заходи пока дёшево 🚀🚀🚀|true",
        "Лучшие коэффициенты на хоккей, бонус 5000₽ новичкам по промокоду PECHORY500|true",
        "Курсы по маркетплейсам с нуля, первый доход через 2 недели, ссылка в профиле|true",
        "Лучшие коэффициенты полезного действия у новых котлов.|false",
        "Первый доход от молзавода пойдёт в бюджет района.|false",
        "Собираем помощь семье, у которой сгорел дом на Заводской. Вещи принимают в ДК с 10 до 18, справки по тел. 8 911 234-56-78 (Ольга)|false",
        "Заходи пока, чай горячий.|false",
    })
    void reviewFortyFourSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: review 46 — a Telegram link with its path set apart (t.me / +invite, t. me / channel), compensation for Soviet savings, a winner’s testimonial with ‘кому скинуть ссылку’; a link to a petition asked for, a scam warned about, a real benefit stay clean")
    @CsvSource(delimiter = '|', value = {
        "Наш чат: t.me / +AbCdEfGh|true",
        "Бесплатные прогнозы, проходимость 92%!!! Канал: t. me / khl_prognoz_top|true",
        "Компенсация за вклады СССР! Узнайте положенную вам сумму: kompensacia-rf.site|true",
        "Выиграл 300 тысяч в приложении, думал развод, а нет! Кому скинуть ссылку?|true",
        "Кому скинуть ссылку на петицию против карьера?|false",
        "Компенсация за вклады — правда или мошенники? Осторожно!|false",
        "Думал развод, а это правда соцзащита звонила, спасибо им|false",
        "Сайт администрации adm-gorod.ru / раздел новости|false",
    })
    void reviewFortySixSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: review 47 — pirate films without registration behind a link, drops for drinking given without the patient's knowledge; a kindergarten's vacancy with its phone, a witness sought after a cat was run over, a schedule seen without registration stay clean")
    @CsvSource(delimiter = '|', value = {
        "Все новинки кино бесплатно и без регистрации — kinogo-hd.top|true",
        "Лечение алкоголизма без ведома больного, капли, доставка|true",
        "Вакансия! В МБДОУ «Детский сад №7» требуется помощник воспитателя, тел. 8 (81652) 3-18-40|false",
        "Кошку сбили у магазина, если кто видел машину — напишите|false",
        "Без регистрации можно только посмотреть расписание|false",
    })
    void reviewFortySevenSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: reviews 48-49 — a mortgage «одобрим» with a phone, a payment «пока не закончился приём заявок», a pension raise «подробно в моей группе», potency drops ordered by a link, iPhones given away for card data, a debt write-off's free consultation with a phone; a family moving sells everything, a flat exchanged, a craftsman praised with his number, a tyre shop praised stay clean")
    @CsvSource(delimiter = '|', value = {
        "Одобрим ипотеку без первоначального взноса, звоните 8-800-555-17-17|true",
        "Выплата 10 000 руб от государства, проверь себя по ссылке, пока не закончился приём заявок|true",
        "Я нашла способ получать прибавку к пенсии! Подробно в моей группе 👇|true",
        "Проблемы с потенцией? Капли на травах, заказ по ссылке|true",
        "Дарим 100 айфонов подписчикам! Перейди по ссылке и введи данные карты|true",
        "Списание долгов по закону! Кредиты, долги ЖКХ. Бесплатная консультация 8 961 540 22 17|true",
        "Уезжаем в Тверь, продаём всё: холодильник, шкаф, стенку. В личку за ценами|false",
        "Меняю двушку на однушку в райцентре, варианты в личку|false",
        "Мастер Руслан всё сделал за день, честно. Кому надо номер дам в личке|false",
        "Ребята открыли шиномонтаж на трассе, быстро и недорого сделали|false",
    })
    void reviewsFortyEightAndFortyNineSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: review 51 — instant drug caches, any paper backdated, the handyman «муж на час» as a service; a warning not to follow links and about what someone posted in the chat, a pram outgrown, a garden's potatoes, tyres used one season, a flat sold without agents, a garage in the cooperative, a buyer wanting it cheap, a nanny for one's own child, a group order of meat, a crew recommended, a reply to who asked, the state's job site, a school's channel and a class chat stay clean")
    @CsvSource(delimiter = '|', value = {
        "Сладости для взрослых, все районы, моментальные клады 24/7|true",
        "Больничный лист задним числом, официально. Быстро и недорого. Звоните!|true",
        "Муж на час, любые мелкие работы по дому, вызов 300 руб|true",
        "Кидают в чат фейковые ссылки «новый чат ЖК», не переходите, ссылка в закрепе у админа|false",
        "Не переходите по ссылкам «проверь себя в базе утечек», это сбор ваших данных|false",
        "Кто-то вчера в чате кидал «работу курьером документов», так вот это закладки или дропы|false",
        "Продаю детскую кроватку с матрасом, 3000 р, состояние отличное, 4 корпус|false",
        "Продаю картошку со своего огорода, ведро 300 р, могу привезти в пределах района|false",
        "Продам зимнюю резину R16, 4 шт, один сезон откатали. 12 тыс, торг уместен|false",
        "Продаю квартиру без агентов, однушка 38 м, 5 этаж. Если кто-то ищет — напишите в лс|false",
        "Продаётся гараж в кооперативе за 12 школой, цена договорная, звонить 8-915-632-18-40 Николай|false",
        "Куплю б/у холодильник недорого, для дачи, можно с вмятинами|false",
        "Ищу, кто продаст детское автокресло недорого, можно б/у|false",
        "Кто хочет в общий заказ мяса с фермы? Собираем на следующую неделю, пишите + под сообщением|false",
        "Мы делали с бригадой Рустама, ребята адекватные, по смете уложились. Номер у меня, пишите в лс|false",
        "Наталья Ивановна, вы спрашивали про мастера по холодильникам — Виктор, 8-962-118-30-47, чинил нам в прошлом месяце, берёт недорого|false",
        "Центр занятости сообщает: требуются токари, зп от 65 тыс. Подробности на «Работе России»|false",
        "Подписывайтесь на официальный канал нашей школы, там расписание|false",
        "Родители 1 «Б», вот ссылка на чат класса: t.me/+pR1bKlass2025_sch14, вступайте|false",
        "Долги по коммуналке у кого большие — УК может рассрочку сделать, я договорилась через бухгалтерию|false",
        "Ищем бригаду на ремонт ванной, у кого есть проверенные? Только не «муж на час» с Авито|false",
        "В наркологии на Южной есть бесплатная консультация для родственников, по телефону можно анонимно|false",
    })
    void reviewFiftyOneSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: reviews 53-56 — bank and SIM cards rented or registered for someone else, lookups of a person by number, fake engagement, mutual follows, a hacked game, a miracle cure's hook, delivery to a hiding place, an exam taken for you, «в своём профиле» beside a promise; a bank's card for a pensioner, a lost phone's location, a school's likes contest and a driving school stay clean")
    @CsvSource(delimiter = '|', value = {
        "Арендую банковские карты, 15000 в месяц|true",
        "Оформим карту на тебя за 5000 рублей, ничего делать не надо|true",
        "Пробив по базам: номер, ФИО, адрес. Анонимно|true",
        "Накрутка реакций и комментов в телеге, тест бесплатно|true",
        "Взаимная подписка! Подписываюсь на всех|true",
        "Врачи в шоке! Колени как новые за неделю|true",
        "Витамины для настроения, доставка тайником|true",
        "Авиатор взломан, бот показывает когда забирать|true",
        "Сдам за тебя экзамен в ГИБДД, гарантия|true",
        "Похудела на 15 кг, рассказываю как в своём профиле|true",
        "Где оформить банковскую карту пенсионеру? В Сбере очередь|false",
        "Потеряла телефон у школы, может кто видел, местоположение не показывает|false",
        "Голосуем за нашу школу в конкурсе, лайки до пятницы|false",
        "Автошкола на Ленина набирает группу, экзамен в ГИБДД в марте|false",
    })
    void reviewsFiftyThreeToFiftySixSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: reviews 57-60 — a fortune teller's promises beside the trade's words (верну мужа, сниму сглаз, результат 100%), fines, refunds, court rulings and SIM renewals in a host's name, an account «someone tried to break into»; a resident's warning about such a site, a church's blessing and a news story about a fortune teller stay clean")
    @CsvSource(delimiter = '|', value = {
        "Сниму сглаз, порчу, верну мужа. Гадание на картах Таро онлайн|true",
        "Приворот на фото, результат 100%, работаю дистанционно по всей России|true",
        "Ваш автомобиль зафиксирован камерой, штраф не оплачен. Фото нарушения: gibdd-shtraf.online|true",
        "Проверьте сумму по ссылке vozvrat-zhkh.ru|true",
        "На ваше имя поступило судебное решение по задолженности. Ознакомьтесь: sud-reshenie-gkh.ru|true",
        "Срок действия вашей сим-карты истекает, для продления перейдите по ссылке sim-prodlenie.ru|true",
        "Ваш аккаунт на Госуслугах пытались взломать, срочно позвоните по номеру 8 800 301 47 12|true",
        "Соседи, не переходите по ссылкам про штрафы, это мошенники|false",
        "В храме в воскресенье освящение куличей с 9 утра|false",
        "Гадалку из соседнего района задержали за мошенничество|false",
    })
    void reviewsFiftySevenToSixtySpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: reviews 61-64 — the one-time code from an SMS asked for (named forms only: warnings use the imperfective), a link written apart outweighing a civic word, a phone with б and І for digits or spread digit by digit beside a civic word, a channel name after «ищите:»; warnings, quotes of the scam and an intercom code stay clean")
    @CsvSource(delimiter = '|', value = {
        "Здравствуйте, это служба поддержки банка. Сейчас придёт смс, продиктуйте код специалисту|true",
        "Вам пришёл код в смс? Перешлите его мне, это для голосования за детскую площадку|true",
        "Уважаемые жильцы! Проверьте начисления за отопление: uk-raschet .ru/lk|true",
        "Жителям! Бесплатная поверка счётчиков по программе, 8 9 2 7 4 1 0 5 5 3 8|true",
        "мой номер 8 9б1 2З4 5б 78|true",
        "её номер 8 9І7 ЗЗ2 4О 11|true",
        "Свежие новости района без цензуры, подписывайтесь, ищите: rayon_bez_cenzury|true",
        "Никому не сообщайте код из смс, даже если звонят «из банка»|false",
        "Соседи, мошенники звонят и говорят «назовите код из смс» — сразу кладите трубку|false",
        "Скиньте код от домофона в третьем подъезде, курьер не может войти|false",
        "Ищите в поиске по названию, там расписание автобусов|false",
    })
    void reviewsSixtyOneToSixtyFourSpam(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: review 68 — a link pointed to, a handle spaced with the instruction to remove the space, a card \"to be blocked\", fake certificates, debt relief, loans to all, the DMs to check, engagement sold, cashing out, slots, drugs in code; a forum asking what обнал is stays clean")
    @CsvSource(delimiter = '|', value = {
        "Слот Gates of Olympus дал занос, поднял 340к с 2000, ссылка ниже, пробуйте пока даёт|true",
        "Бесплатные сигналы по крипте, точность 92%, канал @ cryptosignal_rus (пробел уберите)|true",
        "Ваша карта МИР будет заблокирована с 1 числа, срочно перевыпустите её онлайн по ссылке|true",
        "Аттестат за 9 и 11 класс, дипломы колледжей, корочки по любой специальности. Анонимно|true",
        "Снимем арест с карт, защитим от коллекторов, остановим звонки|true",
        "Одобряем всем! Кредитная карта до 300 000 без справок и поручителей|true",
        "Вас это точно заинтересует, посмотрите сообщение в лс 😉|true",
        "Нарощу ваш канал до 10к подписчиков за месяц, оплата после результата, пиши|true",
        "Поднимем рейтинг вашего магазина на Авито, 5 звёзд гарантированно|true",
        "Обналичу Пушкинскую карту, 70% от баланса, деньги сразу на карту. Пишите|true",
        "Лучший кристалл в городе 💎 быстро, надёжно, пиши|true",
        "хочешь удвоить зарплату? заходи ко мне в канал, там всё объясняю|true",
        "В чем проблема с онлайн чеком? Обнал это или нет, объясните|false"
    })
    void reviewSixtyEight(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: session 36 — handles cut at their joints (@ zapis_ vrach_ bot, @ rabota . dom . nn), brand look-alike hosts (wb-, cdek-, magnit-), the link placed in the profile; the brand's own site and vacancies of a school and a plant stay clean")
    @CsvSource(delimiter = '|', value = {
        "Тг: @ ip_ arenda_ pro, 15 000 ₽ в месяц|true",
        "Записаться к врачу без очереди можно через наш бот @ zapis_ vrach_ nn_ bot|true",
        "Тeлeгpaм: @ rabota . dom . nn ❗ Без вложений ❗|true",
        "посылка ждёт: wb-dostavka-adres.ru|true",
        "СДЭК: ваш заказ задержан. Подтвердите личность по ссылке cdek-podtverdit.online|true",
        "Подарочный сертификат всем жителям области — получить по ссылке magnit-podarok.ru|true",
        "Это ты на видео? 😂 глянь по ссылке у меня на странице|true",
        "Оля, мне помогла одна женщина, её контакты у меня в профиле, посмотри|true",
        "Акции для пенсионеров на сайте magnit.ru, проверьте|false",
        "В школу №3 г. Кстово требуется учитель математики, полный соцпакет. Обращаться в приёмную директора: 8 (83145) 2-41-67|false",
        "Арзамасскому приборостроительному заводу требуются токари, фрезеровщики. Отдел персонала: 8 (83147) 7-92-15|false"
    })
    void sessionThirtySix(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: session 37 — neighbours with a phone stay clean: a ride shared, a lost bag with a reward, a household's goat, a warning that names the scheme")
    @CsvSource(delimiter = '|', value = {
        "ищу попутчиков до Перми в субботу, 2 места, бензин пополам, 8 912 345 67 89 Саша|false",
        "потеряна сумка с документами у рынка, прошу вернуть за вознаграждение, 89121234567|false",
        "на остановке висит \"работа на дому, предоплата 300 руб\" — это схема обмана, никому не платите|false"
    })
    void sessionThirtySeven(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("SPAM: session 38 — miracle cures, the poster's own wall, lotteries, healers, paid help with a payout, accounts broken into, votes with an SMS code, goods sent by post, pensioners' supplements; a warning that quotes the bait, owners' reasons to sell, a daughter asking about pills and a neighbour naming the scam stay clean")
    @CsvSource(delimiter = '|', value = {
        "Колени болели десять лет, а тут одно копеечное средство, забыла про трость. Кому надо — пишите|true",
        "Капли от давления, о которых молчат врачи 💊|true",
        "Как я похудела за месяц — у меня на стене, не благодарите|true",
        "Ой, а вы проверили свой билет? Соседка выиграла квартиру, ссылка в профиле|true",
        "Потомственная целительница, сниму родовое проклятье, работаю по фото. Пишите|true",
        "Вам положено пособие от государства, помогу оформить за небольшую плату, пишите|true",
        "Взламываю страницы, читаю переписки, анонимно. Пишите|true",
        "Соседи, помогите проголосовать за мою дочку в конкурсе, там нужно подтвердить через смс код|true",
        "Кедровые орехи из тайги, отправляем почтой, цены ниже рынка, пишите|true",
        "Доплата для пенсионеров 30% к пенсии, проверить свою сумму по ссылке в профиле|true",
        "Осторожно! Пишут в личку, что вам положена выплата к празднику и надо ввести данные карты. Ничего не вводите|false",
        "Продаю детскую коляску, подарили две, не пользуюсь. 5000, звоните 8 912 555 44 33|false",
        "Продам гараж в кооперативе «Север», я собственник, 300 тыс, 8 912 111 22 33|false",
        "У мамы давление скачет, какие таблетки вам помогли? Врач в поликлинике только руками разводит|false",
        "Это дропы, не ведитесь на «работу с картой», сразу в блок таких|false"
    })
    void sessionThirtyEight(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.SPAM);
    }
}
