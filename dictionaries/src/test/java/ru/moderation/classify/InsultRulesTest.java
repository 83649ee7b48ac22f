package ru.moderation.classify;

import static ru.moderation.classify.Checks.assertFlagged;
import static ru.moderation.classify.Checks.assertNotFlagged;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("INSULT: words that insult a person, addressed insults, 'shut up' phrases")
class InsultRulesTest {

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("insulting words are flagged on their own")
    @ValueSource(strings = {
        "идиот", "дебил", "кретин", "урод", "мразь", "тварь", "сволочь", "ублюдок", "дегенерат",
        "гнида", "падла", "придурок", "чмо", "скотина", "шлюха", "выродок", "недоумок", "подонок", "дура", "дурак"
    })
    void insultWords(String word) {
        assertFlagged(word, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("inflected and plural forms of insults are flagged")
    @ValueSource(strings = {
        "Ты идиот", "Вы все идиоты", "Одни дебилы в администрации", "Кучка уродов", "Этих мразей надо гнать",
        "Сволочи, а не чиновники", "Такие ублюдки", "С дебилами не спорю", "Нами руководят кретины",
        "Дураки и дороги", "Обычные дегенераты", "Это дебильное решение принимали дебилы"
    })
    void inflectedInsults(String text) {
        assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("words that insult only when addressed are flagged next to an addressee")
    @ValueSource(strings = {"Ты козёл", "ты козел", "Вы клоуны", "Тупой ты", "Эй, баран", "Сам ты свинья", "Ты тупая корова"})
    void addressedInsults(String text) {
        assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("the same words without an addressee are not insults")
    @ValueSource(strings = {
        "В контактный зоопарк привезли козла и барана",
        "Клоун выступал в парке на празднике города",
        "Свинья с поросятами сбежала с фермы",
    })
    void animalsWithoutAddresseeAreNotInsults(String text) {
        assertNotFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("'shut up' words and phrases are flagged")
    @ValueSource(strings = {"Заткнись", "заткнитесь уже", "Закрой рот", "закрой пасть", "Завали хлебало", "Пошёл вон", "пошел вон отсюда"})
    void shutUp(String text) {
        assertFlagged(text, Category.INSULT);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "«{0}»")
    @org.junit.jupiter.api.DisplayName("words that insult when said of an official are insults; criticism is not")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Мэр — клоун|true", "Наш глава тупой|true", "Депутаты — клоуны|true",
        "Глава плохо работает|false", "Чиновники — воры и бездельники|false", "Глава 5 закона о тупой формулировке|false",
        "Губернатор приехал на праздник, был клоун для детей|false"})
    void officials(String text, boolean insult) {
        Checks.assertFlaggedIf(insult, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("insults in oblique cases, at a distance, with 'одни', and words said of officials")
    @ValueSource(strings = {
        "спорить с тобой, ослом, бесполезно", "не будь свиньёй, убери за собакой", "и этого олуха выбрали депутатом",
        "кому вы пишете, этим клоунам?", "у руля стоят одни бараны", "вы все тут тупые", "глава у нас тупой",
        "мэр у нас бездарь и вор", "ты шавка администрации", "старая карга опять орёт", "ты больной на голову?",
        "Чиновники — паразиты",
    })
    void morePatterns(String text) {
        assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("the same words used literally stay clean")
    @ValueSource(strings = {
        "чучело сожгли на масленицу", "бродячие шавки лают всю ночь", "этих баранов везут на ферму",
        "Свинья с поросятами сбежала с фермы",
    })
    void literalUses(String text) {
        assertNotFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("мат nouns that name a person are insults too; мат interjections are not")
    @CsvSource(delimiter = '|', value = {
        "какой мудак так припарковался|true", "еблан за рулём|true", "долбоёбы проектировали эту развязку|true",
        "пиздец опять свет отключили|false", "нахуй такие дороги|false", "бля опять снег|false"})
    void obsceneNouns(String text, boolean insult) {
        assertFlagged(text, Category.OBSCENITY);
        Checks.assertFlaggedIf(insult, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("more name-calling: лузер, ущербный, пьянь, пустозвон, марионетка, крыса")
    @ValueSource(strings = {"Ты лузер", "Ты ущербный", "Иди проспись, пьянь", "Губернатор — пустозвон",
        "Мэр — марионетка и тряпка", "Лживая крыса наш депутат"})
    void moreNameCalling(String text) {
        assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("Down syndrome is a diagnosis; an 'ебанутый проект' insults no one")
    @ValueSource(strings = {"Дети с синдромом Дауна показали спектакль", "Ебанутый проект какой-то"})
    void diagnosisAndThings(String text) {
        assertNotFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("contemptuous adjective + animal, 'конченый' said to someone, 'иди проспись'")
    @ValueSource(strings = {"Соседка сверху — тупая овца", "Сука ты конченая", "иди проспись, алкаш"})
    void adjectiveAnimalAndConchenyi(String text) {
        assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("livestock is not an insult; 'тупая курица', 'пустоголовый', 'эту истеричку' are")
    @CsvSource(delimiter = '|', value = {"Цены на комбикорм взлетели, скотину держать невыгодно|false",
        "Эта тупая курица из соцзащиты|true", "Глава - пустоголовый болтун|true", "Не слушайте эту истеричку|true"})
    void livestockAndName(String text, boolean insult) {
        Checks.assertFlaggedIf(insult, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("the card game, a novel and a plea not to call names are not insults")
    @ValueSource(strings = {"играли вечером в дурака", "роман Достоевского «Идиот»", "Не называйте людей идиотами"})
    void gamesAndTitles(String text) {
        assertNotFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("plural and metaphorical name-calling")
    @ValueSource(strings = {"Клоуны, а не власть", "Крысы канцелярские", "Балаболы, только языком чесать",
        "старая грымза", "Криворукие дорожники", "Уебки, верните деньги"})
    void pluralAndMetaphors(String text) {
        assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("neighbours and workers called names, metaphors, 'эти клоуны'")
    @ValueSource(strings = {"Сосед — свинья, мусор выбрасывает в окно", "Председатель ТСЖ — жаба жадная",
        "Руководство города — стадо баранов", "Эти клоуны в администрации опять всё испортили",
        "Эта мымра из паспортного стола", "Депутаты — суки продажные"})
    void neighboursAndMetaphors(String text) {
        assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("reported and quoted names, idioms and self-deprecation are not insults")
    @ValueSource(strings = {"Сосед сказал, что я дурак, но мы потом помирились", "Мне в маршрутке кричали «урод»",
        "Администрация опять валяет дурака с расписанием", "Слово «дебил» — это не аргумент",
        "сказка про Ивана-дурака", "Ну я дурак, забыл квитанцию"})
    void reportedQuotedIdioms(String text) {
        assertNotFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("compounds, similes, 'сукин сын', 'кусок дерьма', unknown-to-the-dictionary insults in every form")
    @ValueSource(strings = {"Опять эти ватодебилы понабежали", "Имбецилам не объяснишь", "Олигофрены в комментариях",
        "Сукин сын, верни деньги", "Этот кусок дерьма опять припарковался на газоне", "Ты тупой как пробка",
        "Сосед тупой как валенок", "Какой-то утырок разбил стекло", "Это отродье опять орёт под окнами"})
    void compoundsAndSimiles(String text) {
        assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("calling the addressee insane, getting rid of them")
    @ValueSource(strings = {"Тебе к психиатру надо", "Вам лечиться надо, а не комментарии писать", "По тебе дурка плачет",
        "У тебя с головой всё нормально?", "Ты с головой не дружишь", "Включи мозги наконец", "Вали отсюда",
        "Пошёл ты со своими советами", "Идите к чёрту со своим опросом", "Проваливай", "Рот закрой"})
    void mindAndGetLost(String text) {
        assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("contempt: adjective on a people-word, 'очередной клоун', addressee's mother, zoo animals addressed")
    @ValueSource(strings = {"Какие же тупые люди живут в этом доме", "Жирная баба заняла два места", "Очередной клоун в телевизоре",
        "Твоя мамка тебе не объяснила?", "Ты макака", "Слабак ты", "Вы жалкие", "Эти нахлебники опять просят денег"})
    void contempt(String text) {
        assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("look-alikes of the new insult rules stay clean")
    @ValueSource(strings = {"Маме лечиться надо, подскажите хорошего кардиолога", "Нож тупой, наточите в мастерской",
        "Жирная рыба полезна для сердца", "Пошли отсюда в парк, тут шумно", "Тупой угол больше прямого",
        "В зоопарк привезли макак и павианов", "Дурка на Садовой закрылась на ремонт", "Пошли в кино всей семьёй",
        "Моя мама знает, где купить саженцы", "Включите мозги в розетку? нет, включите телевизор", "Синдром Дауна не приговор"})
    void lookAlikes(String text) {
        assertNotFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("forum contempt unknown to the dictionary, in its derived forms; pig grunts addressed")
    @ValueSource(strings = {"Этот биомусор опять здесь", "Живёшь в своём манямирке", "Омежки набежали", "Всхрюкни ещё разок"})
    void forumContempt(String text) {
        assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("pig farms and recycling are not forum contempt")
    @ValueSource(strings = {"Свиноматка принесла двенадцать поросят", "Мусор сортируем: пластик, стекло, органика",
        "Свиньи хрюкают в сарае с утра"})
    void forumLookAlikes(String text) {
        assertNotFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a commenter called names after a question or an order: 'кто тебя спрашивал, овца?', 'слышь, умник'")
    @ValueSource(strings = {"А тебя вообще спрашивали, курица?", "Слышь, умник, иди проспись", "Иди погуляй, школота",
        "Ты провокатор и всё", "Вы позорище, а не управляющая компания", "Опять диванные эксперты набежали",
        "Автор — тупая курица, ничего не проверила"})
    void vocatives(String text) {
        Checks.assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("praise, poultry and things called a disgrace stay clean")
    @ValueSource(strings = {"Спасибо тебе, умница, всё нашла", "Курица в магазине подорожала", "Это позорище, а не дорога",
        "Посмотри на себя в зеркало перед выходом, шутка", "Провокаторы из соседней области опять вбросили фейк"})
    void vocativeLookAlikes(String text) {
        Checks.assertNotFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a fourth writer's insults: evaluative nouns and idioms said to a person or an official")
    @ValueSource(strings = {"Ты кто вообще, мурло?", "Наш инспектор — лжец и трус", "Что за клоун отвечает на комментарии?",
        "Вы совсем тупые в своём отделе?", "Ты из ума выжил, дед?", "Эти продажные шкуры из мэрии опять соврали",
        "Иди лесом со своими советами", "Участковый — лентяй и алкаш", "Секретарь — недалёкая особа",
        "С куриными мозгами только в мэрии и работать", "Ну и мудило этот сосед"})
    void fourthWriterInsults(String text) {
        Checks.assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("the same words about things, animals and praise stay clean")
    @ValueSource(strings = {"Чучело медведя в музее отреставрировали", "На рынке сплошь овощи из Турции",
        "Что за праздник будет в субботу?", "Совсем тупой нож дали в столовой", "Дятел стучит в парке каждое утро"})
    void fourthWriterInsultLookAlikes(String text) {
        Checks.assertNotFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("review 20: vocatives, adjectives on beasts, snouts, paid trolls, gatherings, obscene adjectives, reports")
    @ValueSource(strings = {"Ты хоть раз сам что-то сделал, тунеядец?", "Директор школы — лживая курица", "Баран упёртый, не спорь", "Зажравшиеся рожи в думе ничего не видят", "Вы бот проплаченный, идите отрабатывайте", "Слышь, эксперт, ты сам-то водишь?", "Эта управляйка — свора дармоедов", "Сраный чинуша опять отписку прислал", "Этот клоун опять обещает дороги", "Шут, а не мэр", "Ты хач? Вот и молчи", "Марина, вы ебанутая? Это машина кричала сигнализацией"})
    void review20InsultFlagged(String text) {
        Checks.assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("review 20: the same halves in ordinary sentences stay clean")
    @ValueSource(strings = {"Сварила суп из курицы, получился жирный", "Вчера рожи из тыкв вырезали с детьми", "Знаток истории города проведёт экскурсию", "Проплаченный отпуск — это хорошо", "Соседка назвала мою дочь «дурой», я написала заявление", "Человек выше написал про «колхозников». Не надо так", "Перестаньте писать «дармоеды», давайте по делу", "Гений места — так называется выставка в музее"})
    void review20InsultClean(String text) {
        Checks.assertNotFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("INSULT: vocatives (истеричка, хабалка), idioms (деревянный по пояс), servility (бесхребетная шестёрка) are flagged")
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
    void vocativesIdiomsAndServility(String text) {
        Checks.assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("INSULT: their look-alikes and quoted insults stay clean")
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
    void vocativeAndIdiomLookAlikesStayClean(String text) {
        Checks.assertNotFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("INSULT: insults the morphological dictionary does not know are flagged in every case")
    @ValueSource(strings = {
        "С этим нищебродом даже спорить стыдно",
        "Опять балаболы из комментариев всё знают лучше всех",
        "Таких лошар ещё поискать надо",
        "Иди отсюда, фуфлыжник",
        "Не слушайте этого звездабола",
        "Кругом одни задроты и утырки",
        "Передай своему обсосу, пусть не пишет сюда",
        "Эта жируха опять заняла два места",
        "Что с тварины взять",
        "Всякая шваль лезет в комментарии",
    })
    void unknownInsultsInEveryCase(String text) {
        Checks.assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("INSULT: their look-alikes stay clean")
    @ValueSource(strings = {
        "Задротировали в листе металла отверстия?",
        "Балаболить не надо, покажите смету",
        "Пенсионерам нужна помощь с оплатой ЖКХ",
        "Фуфайки раздадут бездомным в субботу",
        "Лузга от семечек по всему двору, уберите",
    })
    void unknownInsultLookAlikesStayClean(String text) {
        Checks.assertNotFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("INSULT: the forum's addressed words, similes, pills and the psychiatrist, the third person")
    @ValueSource(strings = {
        "Сам ты петух",
        "Ты гопник обычный",
        "Ты поехавший, что ли?",
        "Вы совсем упоротые",
        "Ты ватник, тебе не понять",
        "Этот колхозник опять пишет",
        "Ты неумный тролль",
        "Ты как животное себя ведёшь",
        "Ведёшь себя как свинья",
        "Тебе бы к психиатру сходить",
        "Таблеточки прими и успокойся",
        "Опять таблетки не выпил?",
        "У тебя диагноз",
        "У тебя шизофазия",
        "Она такая тупая, ничего не понимает",
        "Он просто конченый",
        "Этот тупой алкаш опять у подъезда",
    })
    void forumAddressedAndThirdPerson(String text) {
        Checks.assertFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("INSULT: their look-alikes stay clean")
    @ValueSource(strings = {
        "Петух у соседей кричит в пять утра",
        "Ты петуха на рынке купил?",
        "Ватник тёплый, спасибо за помощь бездомным",
        "Врач сказал принимать таблетки три раза в день",
        "Психиатр в диспансере принимает по вторникам",
        "У тебя диплом с собой?",
        "Она больная, лежит с температурой",
        "Нож тупой, дайте точилку",
        "Он как животное любит, так и людей уважает",
        "Мы как стадо стояли в очереди в МФЦ три часа",
        "Глава поехал в область на совещание",
    })
    void forumAddressedLookAlikesStayClean(String text) {
        Checks.assertNotFlagged(text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("INSULT: the prison latrine as contempt, and the forum board's name; parachutes stay clean")
    @CsvSource(delimiter = '|', value = {
        "Твой канал — параша|true", "Опять порашные картинки постишь|true", "Сиди на своей пораше|true",
        "Парашютисты выступят на празднике города|false", "Порошок для стирки раздадут в соцзащите|false",
        "Парашют зацепился за дерево в парке|false"})
    void latrineAndBoard(String text, boolean insult) {
        Checks.assertFlaggedIf(insult, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: мат person nouns and mad-adjectives on people, metaphors of offices («шакалы из ТСЖ», «клоун в погонах»), «иди нахуй» to someone, mind idioms; a thing, a goat and a reported name stay clean")
    @CsvSource(delimiter = '|', value = {
        "Ну ты и жмот, даже на шлагбаум не скинулся|true",
        "Шут в погонах штрафует всех подряд|true",
        "Кровопийцы из ТСЖ опять собрали деньги и пропали|true",
        "Бараны в администрации опять всё перепутали|true",
        "Офисная крыса в паспортном столе нахамила|true",
        "Пошёл нахуй со своими советами|true",
        "Иди в пизду, Серёжа|true",
        "Тебя в детстве не роняли? Что ты несёшь|true",
        "Думаешь не головой, а чем-то другим|true",
        "Голова у него, чтобы шапку носить|true",
        "Орёт как базарная баба на весь двор|true",
        "Безответственный баран оставил машину на газоне|true",
        "Жирный боров из мэрии снова в отпуске|true",
        "Пизданутая соседка опять выкинула мусор с балкона|true",
        "Ебанутые самокатчики носятся по тротуару|true",
        "Бляди из управляющей компании опять тариф подняли|true",
        "Водитель маршрутки — хам|true",
        "Ты залупа, а не председатель|true",
        "Этот ебантяй опять в чат пишет|true",
        "Что за залупа с этим расписанием|false",
        "Ебанутая погода: то снег, то дождь|false",
        "Мою дочь в классе называют уродиной, что делать?|false",
        "Баран у соседей опять сбежал и бродит по огороду|false",
        "Крысы в подвале администрации, вызовите дезинсекцию|false",
        "Шапку носить обязательно, на улице минус тридцать|false",
        "Ну вы и молодцы, быстро починили|false",
    })
    void reviewTwentySevenInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: one of them from an office («эта овца из опеки»), senile as a name, the diminutive of deputies; a name quoted in a report and a shop chicken stay clean")
    @CsvSource(delimiter = '|', value = {
        "Эта овца из опеки опять бумажку потеряла|true",
        "Олухи из лесхоза опять всё прозевали|true",
        "Он уже совсем выживший из ума, не слушайте его|true",
        "Маразматичка с третьего этажа опять жалобу написала|true",
        "Депутатишки наши — дармоеды|true",
        "Соседка рассказала, что её в очереди назвали «дурой», это ужасно|false",
        "Курица из магазина оказалась несвежей|false",
    })
    void reviewTwentyEightInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: brains wished on someone, a cabbage for a head, clowns in suits, олух and the pea jester, «баба тупая», нахер and a masked нах*й; being taken for fools and a name reported stay clean")
    @CsvSource(delimiter = '|', value = {
        "Вам бы мозгов немного, прежде чем тарифы поднимать|true",
        "У тебя вместо головы кастрюля|true",
        "Вместо мозгов у них опилки|true",
        "Мозгов у нашего мэра нет совсем|true",
        "Клоуны в пиджаках опять заседание провели|true",
        "Олух, прочитай сначала объявление|true",
        "Петров — шут гороховый|true",
        "Эта баба тупая опять в чат пишет|true",
        "Пошёл нахер со своими советами|true",
        "Идите нах*й со своей реформой|true",
        "Нас тут за дураков держат, ремонта не было|false",
        "Меня вчера назвали дурой в очереди, это нормально?|false",
        "Мозгов у кур нет, зато яйца несут|false",
        "Костюмы для выпускного продают в ТЦ|false",
    })
    void reviewTwentyNineInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: «иди бля нахуй» is the go-away insult with an interjection inside; being taken, блин, for fools stays a complaint")
    @CsvSource(delimiter = '|', value = {
        "иди бля нахуй со своими советами|true",
        "Нас, блин, за дураков держат|false",
    })
    void interjectionInsideInsult(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: мат and slang nouns for a person in any case (declined like a known word), «ты ж дно», «ты, ебло»; the river bottom, mould on a wall, a complaint of being taken for fools and a reported insult stay clean")
    @CsvSource(delimiter = '|', value = {
        "Уволить этого мудака надо|true",
        "С этим долбоёбом бесполезно разговаривать|true",
        "Этому еблану права не дали бы|true",
        "Двум хуесосам из управы привет|true",
        "Ты ж дно, даже спорить с тобой неинтересно|true",
        "ты плесень, а не человек|true",
        "Ты, ебло, хоть раз на смене был?|true",
        "На дне реки нашли старую лодку|false",
        "Плесень в подъезде на стенах, когда уберут?|false",
        "Не надо держать жителей за дураков, отчитайтесь за ремонт|false",
        "Мне сосед сказал «вали отсюда», куда жаловаться?|false",
    })
    void reviewThirtyOneInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: «вы неадекватный человек», «вместо мозга», vermin said to someone, «ебло закрой», a vocative told to learn to read, «хомяк диванный»; a pet hamster, a cockroach in the stairwell and a silly question stay clean")
    @CsvSource(delimiter = '|', value = {
        "Вы неадекватный человек, успокойтесь|true",
        "У тебя вместо мозга опилки|true",
        "Ты как таракан, везде лезешь|true",
        "Ебло закрой, умник|true",
        "Дятел, читать научись|true",
        "Хомяк диванный, иди работай|true",
        "Хомяк у дочки сбежал из клетки|false",
        "Таракан в подъезде, вызывайте дезинсекцию|false",
        "Глупый вопрос, но где МФЦ?|false",
    })
    void reviewThirtyTwoInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: review 33 — «ты сука», a мат adjective after a person word, «ты вообще никто», «просто клоун», «вор и крыса», a gathering of lackeys, «хитрожопый»; «никто ничего не знает» and a shelter's dog bedding stay clean")
    @CsvSource(delimiter = '|', value = {
        "Админ, ты сука продажная, опять удалил|true",
        "Иди ты со своей сектой, сектант ебучий|true",
        "Ты вообще никто, чтобы решать за жителей|true",
        "Блогер этот ваш — просто клоун|true",
        "Застройщик — вор и крыса|true",
        "Избирком — сборище холуёв и подпевал|true",
        "Прораб наш хитрожопый, опять зарплату задержал|true",
        "Никто ничего не знает, ты ему позвони|false",
        "Приют просит тёплые подстилки и корм для собак|false",
    })
    void reviewThirtyThreeInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: review 34 — «безмозглое стадо», «ряженые клоуны», the blogger called a rat, «слышь, крыса», an ethnic slur said to the one addressed, the diminutive of пидор; a herd of cows, a circus clown and a rat in the basement stay clean")
    @CsvSource(delimiter = '|', value = {
        "Фанаты со стадиона — безмозглое стадо, опять все урны разнесли|true",
        "Дружинники ваши — ряженые клоуны, а не охрана|true",
        "Блогер этот — крыса, только на чужом горе хайпует|true",
        "Слышь, крыса, ещё раз мой комментарий удалишь|true",
        "Ты, хачик, сначала по-русски говорить научись|true",
        "Найду того пидорка, что зеркало снёс|true",
        "Стадо коров опять вышло на трассу у посёлка|false",
        "В цирке новый клоун, дети в восторге|false",
        "В подвале крыса бегает, вызовите дезинсекцию|false",
    })
    void reviewThirtyFourInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: review 35 — «слышь» before an ethnic slur")
    @CsvSource(delimiter = '|', value = {
        "Слышь, москаль, иди отсюда|true",
    })
    void reviewThirtyFiveInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: review 36 — «чуркобес вонючий», «сука продажная», «жопы ленивые», «воры и свиньи», «все тупые что ли», «мэр — полный ноль», сука between commas after «тебя», лизоблюды, ебло said to someone; сука as an interjection, zero degrees and a neighbour's pigs stay clean")
    @CsvSource(delimiter = '|', value = {
        "Этот чуркобес вонючий опять орёт под окнами|true",
        "Кассирша сука продажная, сдачу не додала|true",
        "Депутаты — жопы ленивые|true",
        "Торгаши — воры и свиньи|true",
        "Вы там в управе все тупые что ли?|true",
        "Мэр — полный ноль|true",
        "Я тебя, сука, запомнил|true",
        "Лизоблюды из администрации опять хлопают|true",
        "Молчи уже, поговори ещё, ебло|true",
        "Сука, опять автобус опоздал|false",
        "Полный ноль градусов на улице, гололёд|false",
        "Свиньи у соседа опять сбежали|false",
    })
    void reviewThirtySixInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: review 37 — «ты жаба», «эксперт хренов», «совсем отупели», «вам бы сначала мозги включить», a dropped-o долбоёб said to someone, «олень безрогий», «истерички»; the deer of the coat of arms, advice to vote with one's head, a toad at the dacha and a child's tantrum stay clean")
    @CsvSource(delimiter = '|', value = {
        "Ты жаба, всё тебе чужое жалко|true",
        "Эксперт хренов, сам бы попробовал|true",
        "Депутаты совсем отупели|true",
        "Вам бы сначала мозги включить, а потом советовать|true",
        "Коля ты далбоеб что ли|true",
        "Кто так паркуется, олень безрогий|true",
        "Мамочки в чате истерички, каждый день паника|true",
        "Олень на гербе города — красивый символ|false",
        "Мозги включить надо при выборе депутатов, голосуйте с умом|false",
        "Жаба на даче поселилась, дети в восторге|false",
        "У ребёнка истерика третий день, к кому обратиться|false",
    })
    void reviewThirtySevenInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: review 38 — a мат adjective before people, ебанашка, «ишак тупой», «болтун и жулик»; residents waiting «как дураки», livestock fed and prices called охуевшие stay clean")
    @CsvSource(delimiter = '|', value = {
        "Охуевшие соседи опять музыку до трёх ночи|true",
        "Ну ты и ебанашка, честное слово|true",
        "Ишак тупой, читать научись|true",
        "Депутат наш болтун и жулик|true",
        "Стоим как дураки на остановке уже час|false",
        "Сено привезли, скотина хоть голодать не будет|false",
        "Скотину кормить нечем, сено всё сгнило в паводок|false",
        "Охуевшие цены в магазине после паводка|false",
    })
    void reviewThirtyEightInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: review 39 — «умом не блещет», «с таким интеллектом», a head issued for beauty, «с головой у тебя беда», мат sending the addressee off in either order, the face told to shut with мат, a clown in the mayor's office, fishery inspectors called spongers, the blogger called a disgrace; «не дурак» as praise, a question about a fall and a disgrace of roads stay clean")
    @CsvSource(delimiter = '|', value = {
        "Депутат наш умом не блещет, опять чушь несёт|true",
        "Ольга, с таким интеллектом только в депутаты идти|true",
        "Вам, Сергей, голову для красоты выдали, а думать забыли|true",
        "С головой у тебя явно беда, раз такое пишешь|true",
        "Нахуй иди, Вася, со своими советами|true",
        "Прикрой ебальник, знаток|true",
        "Клоун в мэрии снова обещает мост к осени|true",
        "Рыбнадзор — дармоеды, только у пенсионеров сети отбирают|true",
        "Блогер ваш — позорище, снимает людей без спроса|true",
        "Наш участковый не дурак, быстро нашёл, кто машины вскрывал|false",
        "С головой у вас всё в порядке после падения? Врача вызывали?|false",
        "Позорище какое на дорогах, ямы по колено|false",
    })
    void reviewThirtyNineInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: review 40 — a head of the district called a мат word for bad, a woman asked if she is mad in мат, rubbish in someone's head, an old hag; the weather in мат and one's own sleepless head stay clean of insult")
    @CsvSource(delimiter = '|', value = {
        "Хуёвый ты глава, ни одной дороги за пять лет не сделал|true",
        "Марина Викторовна, вы пизданутая? Какие школьные автобусы в 6 утра|true",
        "У тебя в голове хуйня одна, Петя|true",
        "Опять всех послала из окошка, карга старая|true",
        "Погода хуёвая, ты взял зонт?|false",
        "В голове хуйня всякая крутится, не сплю третью ночь|false",
    })
    void reviewFortyInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: review 41 — an admin called a мат augmentative, a lickspittle in мат, an order to go away with a name, the town hall asked if it is mad in мат; go away from surveys, the ark's pairs, volunteers called names in a report stay clean of insult")
    @CsvSource(delimiter = '|', value = {
        "админ ты ебланище, ответь уже по воде|true",
        "Что ты несёшь, пиздолиз администрации|true",
        "отвали, убогий|true",
        "Вы там в мэрии все ебанутые на голову?|true",
        "Отвали от меня с этими опросами, некогда|false",
        "На пляже всякой твари по паре: медузы, крабы, чайки и отдыхающие с колонками|false",
        "Вчера кто-то в комментах назвал волонтёров тварями. Это отвратительно, люди бесплатно работали|false",
    })
    void reviewFortyOneInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: review 42 — group admins as the mayor's lackeys, office rats, a lawyer called a rat, a savage; a late bus number six, camping wild stay clean")
    @CsvSource(delimiter = '|', value = {
        "Админы группы — шестёрки мэрии, трут всё что не нравится|true",
        "Юристы его — крысы конторские, вдов по судам таскают|true",
        "Юрист этот — крыса, таких гнать надо|true",
        "Ну ты и дикарь, хоть бы поздоровался|true",
        "Шестёрка опять не пришла, ждём маршрутку сорок минут.|false",
        "Отдыхали в Шерегеше дикарями, жили в палатке.|false",
    })
    void reviewFortyTwoInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: review 43 — a moderator called a coward, a brainless hen, a doom-monger, traffic police on duty as jackals, a lawyer like a goat gardener, a candidate called a puppet and a liar; polite traffic police, a moderator asked to delete spam, a candidate's meeting, a future doctor stay clean")
    @CsvSource(delimiter = '|', value = {
        "Модератор — трус и убогий цензор|true",
        "Да что с тебя взять, с курицы безмозглой|true",
        "Кликуша ты старая, сиди дома и не позорься|true",
        "Гаишники на посту — шакалы и крохоборы, только и ждут кого обобрать|true",
        "Юрист из тебя как из козла садовник. Помолчи лучше|true",
        "Кандидат Петров — марионетка и брехло, ни одному слову не верю|true",
        "Гаишники на посту сегодня вежливые, проверили документы и отпустили.|false",
        "Модератор, удалите спам выше.|false",
        "Кандидат Петров провёл встречу с жителями.|false",
        "Из тебя выйдет отличный врач, учись.|false",
    })
    void reviewFortyThreeInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: review 44 — a blogger called a corrupt whore, an old stump of a deputy, a mirror and a scarecrow, a woman told she does not shine with wit, a head doctor called a bitch, a dog feeder called stupid; a hat askew in the mirror, the head doctor's hours stay clean")
    @CsvSource(delimiter = '|', value = {
        "Эта блогерша — бл*дь продажная|true",
        "Пенёк ты старый, а не депутат|true",
        "Посмотри на себя в зеркало, чучело, а потом других учи|true",
        "Светлана, вам бы помолчать, умом вы явно не блещете|true",
        "Главврач — сука конченая, маму без помощи оставила|true",
        "Тупая собачница, опять всю стаю к садику привела|true",
        "Посмотри на себя в зеркало перед выходом, у тебя шапка криво.|false",
        "Главврач принимает по вторникам.|false",
    })
    void reviewFortyFourInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: reviews 45 and 46 — no backbone and no conscience, a pigeon commander, a telltale, a dumb mug, ебалай, one convolution and that from the cap, a level of development, sawdust in the head, nothing to switch on, a brain the size of a pea, a head only for a hat; Winnie-the-Pooh’s sawdust, a broken TV, a snowman’s hat, a river’s bend, a doll in a shop window stay clean")
    @CsvSource(delimiter = '|', value = {
        "Вы, Игорь Петрович, ни хребта ни совести|true",
        "Вам только голубями командовать|true",
        "Ты кляузница, Валентина|true",
        "Ебло тупое, опять машину поперёк поставил|true",
        "Блогер этот ебалай|true",
        "У вас одна извилина, и та от фуражки|true",
        "С твоим-то уровнем развития понятно, почему ты так пишешь|true",
        "У тебя в голове опилки|true",
        "Хоть иногда голову включай. А, ну да, включать нечего|true",
        "Мозг у тебя с горошину|true",
        "У вас голова есть или только шапка?|true",
        "В голове опилки — это про Винни-Пуха, сказку читали с внуком|false",
        "Включать нечего — телевизор сломался, а мастер не приходит|false",
        "Или только шапка — спрашивает ребёнок про снеговика|false",
        "Одна извилина у реки, а вторая у дороги — красиво с горы|false",
        "Кукла говорящая стоит в витрине, дочка просит|false",
        "Только коз пасти и осталось в нашей деревне, работы нет|false",
    })
    void reviewsFortyFiveAndSixInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: review 47 — a market woman, a squabbler, a hypocrite and a time-server, a pompous turkey, «ну ты и тормоз», a laughing stock for the whole town, an illiterate dunce, a stupid cunt, no room for thoughts in the head, the wit of a stool, «хоть что-нибудь соображаете»; the market square, a library's quiet, a stool at the clinic stay clean")
    @CsvSource(delimiter = '|', value = {
        "Базарная баба и есть, Татьяна|true",
        "Вы, Людмила, просто склочница|true",
        "Лицемер и приспособленец наш глава|true",
        "Напыщенный индюк этот председатель|true",
        "Ну ты и тормоз, Олег|true",
        "Ты посмешище на весь город|true",
        "Кто пишет статьи? Двоечник безграмотный|true",
        "Эта тупая пизда опять справку не дала|true",
        "В вашей голове место для мыслей не предусмотрено|true",
        "Ума у вас как у табуретки|true",
        "Вы хоть что-нибудь соображаете?|true",
        "Базарная площадь закрыта на ремонт|false",
        "Место для мыслей и тишины — новая библиотека|false",
        "В поликлинике как у табуретки одна ножка сломана, почините|false",
    })
    void reviewFortySevenInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: reviews 48-49 — a spineless moderator, a vulture blogger, a toady editor, «этого болтуна», a puffed-up hen, an old fart, a housing-office rat, a butcher with a diploma from an underpass, a cunt from the housing office, «ну ты и бл@дь», «водила этот ебанутый», «пиз*ец тупой», «уважаемый олень», a deputy or furniture, parrots, a genius found, a sheep at the registry, two convolutions, «ты вообще читать умеешь», brain to switch on, the wit of a first-grader, no head of one's own, like a stump; a managing company's poor work, a storyteller, a hen in the yard, an underpass, a stump in the park stay clean")
    @CsvSource(delimiter = '|', value = {
        "Бесхребетный он, всё по указке делает|true",
        "Блогер этот — стервятник, на чужом горе лайки собирает|true",
        "Редактор газеты — подхалим|true",
        "Слушайте этого болтуна дальше|true",
        "Эта мадам из соцзащиты — надутая курица|true",
        "Сиди уже, старый хрен|true",
        "Крыса жэковская опять трубку не берёт|true",
        "Главврач наш — мясник с дипломом из перехода|true",
        "Эта пизда из ЖЭКа трубку не берёт|true",
        "Ну ты и бл@дь, Светка|true",
        "Водила этот ебанутый, чуть ребёнка не сбил|true",
        "Кассир в банке пиз*ец тупая, три раза пересчитывала|true",
        "Уважаемый олень, который пишет, что всё хорошо, выйди на улицу|true",
        "Вы депутат или мебель?|true",
        "Вы, админы, как попугаи|true",
        "Гений тут нашёлся, сам ни одной бумажки не заполнил|true",
        "Этой овце из регистратуры только на базаре орать|true",
        "Сразу видно, у человека две извилины|true",
        "Ты вообще читать умеешь?|true",
        "Ты когда пишешь, мозг включай|true",
        "Пенсионерка, а ума как у первоклассницы|true",
        "Глава как кукла, своей головы нет|true",
        "Заместитель главы у нас как пень|true",
        "Отвратительная работа управляющей компании, мусор не вывозят|false",
        "Дедушка у нас болтун и весельчак, все его любят|false",
        "Курица надутая сидит во дворе на снегу, как шар|false",
        "Переход на вокзале закрыли на ремонт|false",
    })
    void reviewsFortyEightAndFortyNineInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: review 50 — a stretched word in its phrase (сууука продажная), a masked obscene adjective on an animal word (овца е*аная), «клоун конченый», козлина with a digit for a letter, «ж*пы толстые»; a clown at the circus, a goat at the farm, a fat cat stay clean")
    @CsvSource(delimiter = '|', value = {
        "сууука продажная этот депутат|true",
        "диспетчер овца е*аная, бросила трубку|true",
        "автор поста кл0ун конченый|true",
        "к0злина на мерсе встал на два места|true",
        "сидят там ж*пы толстые в мэрии и ничего не делают|true",
        "клоун в цирке конченый номер показал, дети смеялись|false",
        "козлята у соседки родились, три штуки|false",
        "кот у нас толстый, на диете сидит|false",
    })
    void reviewFiftyInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: reviews 57-60 — names only ever said of a person (паяц, простофиля, позёр, говноблогер), set expressions of contempt (хер с горы, никто и звать никак, профессор кислых щей, жопа с ушами, логика уровня табуретки, у мамы на шее), mockery of the addressee's mind and schooling, the sarcastic discovery (знаток выискался), orders to go away (иди в песочницу, сиди молчи); criticism of a renovation, a vote's advice, a rooster and a clown at the circus stay clean")
    @CsvSource(delimiter = '|', value = {
        "Губернатор попозировал на фоне плитки и уехал. Паяц|true",
        "Вот простофиля, повёлся на такой развод|true",
        "Этот блогер просто позёр|true",
        "Говноблогер обиделся, что его не похвалили|true",
        "Главврач — хер с горы, ни разу в приёмном не был|true",
        "Блогер этот — никто и звать никак|true",
        "Профессор кислых щей|true",
        "Директор автопарка — жопа с ушами|true",
        "Логика уровня табуретки|true",
        "Сидишь у мамы на шее в тридцать лет и учишь всех жить|true",
        "Думать — не твоё, оставь это другим|true",
        "Ты в зеркало себя видел?|true",
        "Ещё один знаток выискался|true",
        "Иди в песочницу, дитятко|true",
        "Тебя никто не спрашивал, сиди молчи|true",
        "Позорище, а не ремонт: плитку через месяц повело|false",
        "Голосовать за тех же самых — себя не уважать|false",
        "Петух у соседей орёт в пять утра|false",
        "В цирке клоун был смешной, дети довольны|false",
    })
    void reviewsFiftySevenToSixtyInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: reviews 61-64 — «закройте рот», «шёл бы ты на хер», «засунь … себе в жопу», «ты говно», «жопой думаете», «на три весёлых буквы»; windows closed and a dog fouling the yard stay clean")
    @CsvSource(delimiter = '|', value = {
        "закройте рот, вас никто не спрашивал|true",
        "шёл бы ты на хер со своими советами|true",
        "засунь свои претензии себе в жопу|true",
        "ты говно, а не сосед|true",
        "вы жопой думаете, когда дороги планируете?|true",
        "иди на три весёлых буквы со своим мнением|true",
        "закройте окна, сегодня дым от завода|false",
        "собака опять наложила говно у подъезда, уберите за ней|false",
    })
    void reviewsSixtyOneToSixtyFourInsults(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: session 35 — an insult inside quotation marks is reported, not said")
    @CsvSource(delimiter = '|', value = {
        "учитель сказал моему сыну «ты тупой как пробка» при всём классе, пишем жалобу|false"
    })
    void quotedInsultIsReported(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: session 36 — пнх, \"иди на хер\" in two words, \"закрой свой ебальник\", insult words spelt as heard (придурак, идеот, сволоч)")
    @CsvSource(delimiter = '|', value = {
        "@Дима_Ставр пнх|true",
        "иди на хер со своими конусами, двор не твой|true",
        "закрой свой ебальник, Гриша, тебя не спрашивали|true",
        "придурак малолетний, сиди уроки делай|true",
        "идеот, учись читать, потом спорь|true",
        "сволоч ты, Петров, вот кто ты|true"
    })
    void sessionThirtySix(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: session 37 — vocatives in a quarrel (тролль, жлоб, дурень), \"ты хуже говна\", \"не голова, а тыква\", Southern and misspelled names (гавнюк); contempt for a whole group with no one spoken to is hate alone, one person pointed at or spoken to is still insulted")
    @CsvSource(delimiter = '|', value = {
        "тролль подзаборный, тебя тут все уже раскусили|true",
        "жлоб, тебе для соседей снега зимой жалко|true",
        "Серёга, ты хуже говна, честное слово|true",
        "гавнюк ты, Петя, и всегда им был|true",
        "у тебя не голова, а тыква пустая|true",
        "Дмитрий Палыч, интеллект на уровне табуретки, а всё туда же|true",
        "Этот чуркобес вонючий опять машину под моим окном бросил|true",
        "слышь, хач, заткнись уже со своими советами|true",
        "учителя сейчас одни истерички, детей ненавидят|false",
        "все менты продажные шкуры, ни одного честного|false",
        "деревенские — сплошное быдло, понаехали и учат жить|false"
    })
    void sessionThirtySeven(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("INSULT: session 38 — 'болтун вы, а не депутат', 'пустышка крашеная'; a series about a shallow blogger stays clean")
    @CsvSource(delimiter = '|', value = {
        "Болтун вы, а не депутат, Сергей Иванович|true",
        "Ольга у нас пустышка крашеная|true",
        "Сериал про пустышку-блогера посмотрела, неплохой|false"
    })
    void sessionThirtyEight(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.INSULT);
    }
}
