package ru.moderation.classify;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.moderation.classify.Checks.assertFlagged;
import static ru.moderation.classify.Checks.assertNotFlagged;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("SPAM: invite links, shorteners, link + contact, phones, handles, earnings, casino")
class SpamRulesTest {

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("messenger invite links are spam on their own")
    @ValueSource(strings = {
        "Вступайте в наш чат https://t.me/joinchat/AAAAAEk3bVx9qZ",
        "t.me/+AbCdEf12345xyz",
        "Заходи https://t.me/+Zx8kLmN0pQrS",
        "Наш чат: https://chat.whatsapp.com/KxY7abcDEF12ghIJ",
    })
    void inviteLinks(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("links through URL shorteners are spam on their own")
    @ValueSource(strings = {
        "Подробности тут: bit.ly/3xYzAbc",
        "https://clck.ru/33aBcD",
        "Смотри vk.cc/cXyZ12",
        "Жми https://tinyurl.com/y7abc123",
        "goo.su/Ab3Cd",
    })
    void shorteners(String text) {
        assertFlagged(text, Category.SPAM);
    }

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
    @DisplayName("casino and betting are spam on their own")
    @ValueSource(strings = {
        "Лучшее онлайн казино, фриспины за регистрацию",
        "Казино без депозита",
        "Ставки на спорт с промокодом",
    })
    void casino(String text) {
        assertFlagged(text, Category.SPAM);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a single weak signal in a municipal comment is not spam")
    @ValueSource(strings = {
        "Пишите в лс, расскажу как добраться до МФЦ",
        "Телефон диспетчерской: 8 (3452) 50-50-50",
        "Записаться можно на gosuslugi.ru",
        "Пенсия 15 000 рублей в месяц, а тарифы ЖКХ растут",
        "Проезд подорожал до 45 рублей",
        "Подробности на сайте администрации admtyumen.ru",
        "Ищу свою кошку, пропала во дворе на Ленина, 5",
    })
    void weakSignalsAloneAreNotSpam(String text) {
        assertNotFlagged(text, Category.SPAM);
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
}
