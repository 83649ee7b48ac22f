package ru.moderation.classify;

import static ru.moderation.classify.Checks.assertFlagged;
import static ru.moderation.classify.Checks.assertNotFlagged;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The families held-out review 22 (a Tatarstan city's fortnight) found missing, in sentences of our own:
 * split and masked мат, insults without мат (vocatives, idioms, an official's servility), veiled threats
 * (execution "к стенке", a wooden dacha, a building that catches fire, days counted), hate against the
 * republic's peoples and faiths (урус, "X для Y", "пусть в своих церквях сидят"), each with look-alikes that
 * must stay clean.
 */
@DisplayName("Review 22 families")
class Review22FamiliesTest {

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("OBSCENITY: review 22 families are flagged")
    @ValueSource(strings = {
        "Ну пиз дец, опять трубу прорвало",
        "Какой-то заp@лбаёб опять мусор вывалил",
    })
    void flaggedObscenity(String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("OBSCENITY: their look-alikes stay clean")
    @ValueSource(strings = {
        "Пизанская башня наклонилась ещё сильнее",
    })
    void cleanObscenity(String text) {
        assertNotFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("INSULT: review 22 families are flagged")
    @ValueSource(strings = {
        "Соседка наша — сплетница, каких поискать",
        "Директор школы — хабалка, а не педагог",
        "Ты деревянный по пояс, тебе объяснять бесполезно",
        "Опять эти жирные коты премии себе выписали",
        "Наш мэр — бесхребетная шестёрка",
        "Очередной бесполезный чинуша приехал фотографироваться",
        "Не слушайте этого клоуна, он всё врёт",
        "Хватит ныть, лентяйка, иди работай",
        "Молчи уже, истеричка",
        "Ты, уважаемый, обычный тролль",
        "Вам бы самой к врачу сходить, ненормальная",
        "Твоя мамаша алкашка, вот и весь разговор",
        "Заведующий у нас хабалка и хам",
    })
    void flaggedInsult(String text) {
        assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("INSULT: their look-alikes stay clean")
    @ValueSource(strings = {
        "Сплетни про ремонт моста не подтвердились",
        "Наш кот такой жирный, что еле ходит",
        "Автобус номер шесть, шестёрка, снова опоздал",
        "Слушайте эту песню, она про наш город",
        "Сидите дома, на улице гололёд",
        "Хватит врать про сроки, администрация, покажите документы",
        "В алкашке возле дома опять продают спиртное ночью",
        "Меня назвали «старой дурой» в очереди, мою маму тоже обозвали",
    })
    void cleanInsult(String text) {
        assertNotFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("THREAT: review 22 families are flagged")
    @ValueSource(strings = {
        "Таких депутатов к стенке бы, всех",
        "Этого прораба надо к стенке ставить",
        "Такие, как он, не должны жить. Запомни",
        "Я этого водителя на фонаре повешу",
        "Ещё раз тронешь мою собаку — я тебя лично закопаю, понял?",
        "Начальник ЖЭКа пусть знает: у него дом тоже деревянный. Мало ли что случится",
        "Поймаю того, кто колёса проколол — утоплю",
        "Он ещё раз сюда сунется — лицо расквашу",
        "Пусть только выйдет ко мне — голову отвинчу",
        "Кто это сделал — живым не отпущу",
        "Этому участковому жить осталось недолго, я ему устрою",
        "Однажды ночью офис управляйки загорится, и никто не удивится",
        "Принесём с собой кое-что на собрание, чтобы нас наконец услышали",
        "Тем, кто их кормит, я в еду подсыплю",
    })
    void flaggedThreat(String text) {
        assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("THREAT: their look-alikes stay clean")
    @ValueSource(strings = {
        "Поставьте шкаф к стенке, там места больше",
        "Люди не должны жить в таких условиях",
        "Повешу объявление на фонаре у остановки",
        "Закопаю луковицы тюльпанов у подъезда, весной будет красиво",
        "Кабель я его сам закопаю, траншея уже готова",
        "Дача у нас деревянная, 1958 года, ещё бабушкина",
        "Мало ли что бывает, лучше застраховать дом",
        "Поймаю рыбу — позову соседей на уху",
        "Никто не удивится, если ремонт опять затянут",
        "Принесём с собой чай и пироги на субботник",
        "Жить осталось недолго нашему старому тополю, его спилят весной",
        "Я ему устрою сюрприз на день рождения",
        "Ходить по вечерам будут осторожно, освещения нет",
        "Спасибо и тем, кто пришёл, не пожалеете",
        "Админ, тут кто-то написал про бомбу в школе, передайте в полицию",
    })
    void cleanThreat(String text) {
        assertNotFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("HATE: review 22 families are flagged")
    @ValueSource(strings = {
        "Ты, урус, тут не командуй",
        "Этих таджиков надо резать",
        "Татарстан для татар, остальные пусть уезжают",
        "Узбеки, нам таких соседей не надо",
        "Православные пусть в своих храмах сидят, а не на улицах",
        "Цыган надо ограничивать в покупке домов",
        "Женщинам за рулём не место, пусть у плиты стоят",
        "Татарские праздники пусть в Казани отмечают, а не у нас",
    })
    void flaggedHate(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("HATE: their look-alikes stay clean")
    @ValueSource(strings = {
        "Русские, татары, башкиры живут в нашем городе дружно",
        "Православные отмечают Рождество, поздравляем",
        "В Казани празднуют Сабантуй, приезжайте",
        "Нам навязывают платную парковку, это возмутительно",
        "Женщинам в политике место есть, у нас глава района — женщина",
        "Мигранты работают на стройке нового садика",
        "Татарский язык нам навязывают в школах",
        "Иностранцам помогли в покупке квартир",
        "Нам таких соседей не надо: у них собака лает всю ночь",
    })
    void cleanHate(String text) {
        assertNotFlagged(text, Category.HATE);
    }
}
