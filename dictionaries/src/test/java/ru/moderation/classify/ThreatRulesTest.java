package ru.moderation.classify;

import static ru.moderation.classify.Checks.assertFlagged;
import static ru.moderation.classify.Checks.assertNotFlagged;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("THREAT: first-person intent, death wishes, calls to kill a person")
class ThreatRulesTest {

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("first-person intent to hurt is a threat")
    @ValueSource(strings = {
        "Я тебя убью", "убью", "Убью гада", "Зарежу тебя", "Пристрелю его", "Найду и урою", "Придушу тебя",
        "Мы вас перестреляем", "Сожгу твой дом", "Я тебя закопаю", "Прибью тебя", "Я тебя найду",
    })
    void firstPersonIntent(String text) {
        assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("death wishes addressed to someone are threats")
    @ValueSource(strings = {
        "Тебе не жить", "тебе конец", "Вам не жить, чиновники", "Ты труп", "Я знаю, где ты живешь",
        "Знаю где ты живёшь", "Жди гостей", "Голову оторву",
    })
    void deathWishes(String text) {
        assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("calls to kill a person are threats")
    @ValueSource(strings = {
        "Убейте его", "Мэра надо повесить", "Повесить мэра!", "Главу надо расстрелять",
        "Расстрелять этого депутата", "Судью надо убить",
    })
    void callsToKill(String text) {
        assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("violent verbs in news and in ordinary use are not threats")
    @ValueSource(strings = {
        "Полиция задержала мужчину, который убил соседа",
        "Замочу бельё на ночь",
        "Порежу салат к празднику",
        "Сожгу сухую траву на участке",
        "Убил весь вечер на отчёт",
        "В тире на Дне города можно пострелять по мишеням",
        "Я повешу объявление на подъезде",
        "Повешу его на стену в подъезде",
        "Найду его — верну хозяину",
        "Администрация хочет убить рынок",
        "Завтра прибью полку в коридоре",
    })
    void notThreats(String text) {
        assertNotFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("bombs, arson, impersonal calls to kill, 'попадёшься мне', death wishes in the third person")
    @ValueSource(strings = {
        "заминировали школу №3", "в администрации бомба, эвакуируйтесь", "я заложил бомбу в администрации",
        "сожгу эту управляйку к чертям", "дом твой спалим", "взорву мэрию", "убивать таких надо",
        "вешать чиновников на фонарях", "Смерть чиновникам!", "расстрелять всех", "соседа-алкаша прибью",
        "попадёшься мне — закопаю", "башку тебе проломлю", "замочить бы его", "приду с ружьём на приём к мэру",
        "пусть он сдохнет в муках", "чтоб вы все передохли там в мэрии", "Кровью умоетесь, чиновники", "ubyu tebya",
    })
    void moreThreats(String text) {
        assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("the same verbs about things, news and idioms are not threats")
    @ValueSource(strings = {
        "повесить камеры во дворе", "убийство раскрыли", "хоть вешайся", "Мэр убил город", "новость бомба",
        "прибью полку сам", "сожгу мусор на даче", "надо повесить гирлянды", "замочить бельё",
    })
    void thingsNewsAndIdioms(String text) {
        assertNotFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("wishes with 'бы', pitchforks, explosions announced, veiled threats, a threat next to an insult")
    @ValueSource(strings = {
        "Директора УК повесить на фонарном столбе", "Сжечь бы этот горсовет вместе с депутатами",
        "Всех чиновников на вилы", "Удавить бы этого прораба", "В школе будет взрыв в понедельник, предупреждаю",
        "Скоро рванёт ваша администрация, ждите", "Глава, молись, тебе недолго осталось",
        "Ты у меня кровью харкать будешь", "Урод, я тебе все зубы выбью", "Пиздец тебе, сука",
        "Всех мигрантов бы перестрелять",
    })
    void wishesAndVeiledThreats(String text) {
        assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("notices on lamp posts and killing time are not threats")
    @ValueSource(strings = {"повесить объявление на фонарном столбе", "чем бы убить время", "повесить бы полку"})
    void lampPostsAndTime(String text) {
        assertNotFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("more first-person verbs with a victim, 'на тот свет', 'оглядывайся', 'гори в аду'")
    @ValueSource(strings = {"порву тебя", "уничтожу вас всех", "отправлю тебя на тот свет", "ходи и оглядывайся",
        "гори в аду, мэр", "завалю тебя", "утоплю тебя в луже"})
    void moreIntent(String text) {
        assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("the same verbs about things are not threats")
    @ValueSource(strings = {"порву упаковку", "уничтожу старые документы", "завалю сессию", "раздавлю таракана",
        "размажу масло по хлебу", "он отправился на тот свет в 90 лет"})
    void sameVerbsAboutThings(String text) {
        assertNotFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("calls to kill people with a modal or a plural object, gallows shapes, weapons, veiled threats")
    @ValueSource(strings = {
        "Таких чиновников расстреливать надо без суда", "Вешать их надо, воров", "Всех чиновников к стенке!",
        "мэра на фонарь", "Вас надо в газовую камеру", "Всех чурок перебить надо", "отстреливать надо таких",
        "Разобью тебе лицо при встрече", "Вырежу всю вашу семейку", "приду на приём к главе с топором",
        "Чтоб вы все там в мэрии передохли", "Ждите взрыв в 9:00", "Рвануть бы эту администрацию",
        "Закидаем коктейлями Молотова ваш офис", "Удали пост или пожалеешь", "В гимназии бомба, не шучу",
    })
    void callsToKillAndVeiledThreats(String text) {
        assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("drills, dead batteries, stoves and curtains are not threats")
    @ValueSource(strings = {
        "Учения МЧС: условная бомба в здании администрации, эвакуация в 10:00", "чтобы аккумулятор не сдох",
        "топить надо лучше, батареи холодные", "надо вешать шторы", "стол придвинули к стенке",
        "приду на приём с документами", "сжечь листья нельзя, штраф",
    })
    void drillsAndHousework(String text) {
        assertNotFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("beatings, 'я тебя достану', 'недолго осталось', bombs with бы")
    @ValueSource(strings = {"колёса проколю и морду набью", "поговорим по-мужски, зубы соберёшь",
        "я тебя достану, ходи оглядывайся", "Ему недолго осталось", "Заминировать бы вашу мэрию",
        "Бомбу бы на это заседание думы"})
    void beatingsAndBombsWithBy(String text) {
        assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("grenades, impalement, 'дом твой сгорит', 'надеюсь ты разобьешься', 'убить мало'")
    @ValueSource(strings = {"Кинуть бы гранату в окно этой администрации", "Главврача бы на кол посадить",
        "Дом твой сгорит, вспомнишь мои слова", "Надеюсь ты разобьешься на этой дороге",
        "Давайте соберемся и отпиздим этого главу", "Убить мало тех, кто воровал"})
    void wishesAndPromises(String text) {
        assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("stray dogs and pests are not people; wishing someone does not crash is not a threat")
    @ValueSource(strings = {"Отстрелять бы этих собак давно пора", "Надеюсь ты не разобьешься на этой дороге"})
    void animalsAndGoodWishes(String text) {
        assertNotFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("poisoning, cutting throats, a building with 'надо'/'бы', 'чего не случилось', 'умри'")
    @ValueSource(strings = {"отравлю и её, и тебя", "Я сейчас приеду и всех вас там перережу", "Шею сверну",
        "Мечеть эту взорвать надо", "Поджечь бы эту общагу", "Смотри, как бы с тобой чего не случилось", "Умри.",
        "Ну всё, тебе хана. Жди"})
    void poisoningAndBuildings(String text) {
        assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("returning a wallet, news about a caught caller and a prediction are not threats")
    @ValueSource(strings = {"Кто потерял кошелёк у магазина — я тебя найду, пишите",
        "Того, кто звонил про бомбу в ТЦ, задержали", "Дождутся, что люди придут с вилами"})
    void walletsAndNews(String text) {
        assertNotFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("'смотри по сторонам', 'по фонарям', a bottle of petrol, 'из-под земли достану', 'надо найти и отпиздить'")
    @ValueSource(strings = {"смотри по сторонам когда домой идёшь", "Скоро вас всех по фонарям развесят",
        "Бутылку с бензином в окно этому депутату", "Мразь, я тебя из-под земли достану", "надо найти и отпиздить"})
    void veiledAndBeatings(String text) {
        assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("'найти и закопать', death wishes, 'головы не сносить', stoning; football is not a threat")
    @CsvSource(delimiter = '|', value = {"Водителя, который сбил ребёнка, найти и закопать|true",
        "Желаю тебе мучительной смерти|true", "Надеюсь, этот депутат разобьётся на своей машине|true",
        "Директору школы головы не сносить|true", "Пидоров на параде закидаем камнями|true", "Смерть жидам|true",
        "Тренер сказал: «Убейте их на поле!» — и наши выиграли 3:1|false", "Давайте подождём решения суда, не надо самосуда|false"})
    void impersonalAndWishes(String text, boolean threat) {
        Checks.assertFlaggedIf(threat, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("'губернатора к стенке', 'чтоб ты сгорел', 'головы отрывать'")
    @ValueSource(strings = {"Губернатора к стенке, и всё сразу наладится", "Чтоб ты сгорел вместе со своей котельной",
        "головы отрывать надо за такое"})
    void wallsAndFire(String text) {
        assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("beatings, maiming, arson of a building, conditional killing")
    @ValueSource(strings = {"Получишь по роже", "Дать бы ему в морду", "Надеру тебе задницу", "Ты у меня попляшешь",
        "Кто сломал качели — руки переломаю", "Голову бы оторвать тому, кто это построил", "Я бы его своими руками придушил",
        "Надо было тебя в роддоме придушить", "Сожжём этот ларёк", "Общагу спалить бы", "Объясним по-мужски",
        "В асфальт закатать этого водителя", "Изуродую тебя", "Сжечь их заживо", "Тому не жить, кто тронет мою машину"})
    void beatingsAndMaiming(String text) {
        assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("death wishes without a listed phrase: 'чтоб ты сгнил', 'хоть бы он сдох', curses, calls to execute")
    @ValueSource(strings = {"Чтоб ты сгнил", "Чтоб тебя разорвало", "Чтоб тебя машина переехала", "Хоть бы он сдох",
        "Скорей бы они все передохли", "Пусть горит в аду", "До утра не доживёшь", "Казнить их надо", "Вздёрнуть бы его",
        "Ты сдохнешь под забором"})
    void deathWishesAndExecutions(String text) {
        assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("look-alikes of the new threat rules stay clean")
    @ValueSource(strings = {"Пусть земля будет пухом всем, кто умер в ту зиму", "Отрезать голову рыбе и почистить",
        "На этом льду можно шею свернуть", "Сожгу листья в огороде", "Половина не доживёт до пенсии с такой реформой",
        "Завтра вырву зуб мудрости", "Котов кастрировать всех надо, иначе расплодятся", "Дам вам морду от старой машины",
        "Чтобы аккумулятор не сдох, снимайте его на ночь", "В детстве я любил топить печь", "Врежу замок в новую дверь"})
    void newLookAlikes(String text) {
        assertNotFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("stalking, a mob promised to the addressee, burying, throwing out of windows, 'feet first', faces 'cleaned'")
    @ValueSource(strings = {"Знаю, где ты живёшь, председатель. Пусть молится", "Ходи теперь оглядываясь, прораб",
        "Я тебя вычислю, не сомневайся", "Береги голову, умник", "Ждите, скоро к вам придут с топорами",
        "Пусть только сунется — мы его там и закопаем", "Выкинем этого управляющего с балкона его же офиса",
        "Сиди тихо, пока тебя не вынесли ногами", "Сарай у него сухой, хорошо будет гореть",
        "Морду ему начистить надо", "Шею ему свернуть мало"})
    void stalkingAndMob(String text) {
        Checks.assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("warnings, reported threats, yard work and idioms stay clean")
    @ValueSource(strings = {"Дождутся, что люди выйдут на площадь с плакатами",
        "Бывший пишет мне «найду тебя», написала заявление участковому",
        "Сосед пишет мне «я тебя закопаю», заявила участковому", "Осторожно, гололёд, берегите ноги",
        "Яму закопаем сами, если подрядчик не приедет", "Старый диван выкинем на свалку в субботу",
        "Дрова сухие, хорошо горят", "Меня отсюда вынесут только ногами вперёд, дом не отдам",
        "Я знаю, где живёт кот с соседнего подъезда, он приходит к нам"})
    void stalkingLookAlikes(String text) {
        Checks.assertNotFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("veiled threats weighed: harm with a warning, a condition or a search")
    @ValueSource(strings = {"Узнаю, кто мне стекло разбил, — пальцы переломаю",
        "Ещё раз залезешь в мой огород — сгоришь вместе с баней", "У нас память долгая, сторож своё получит",
        "Будешь дальше бензин сливать — найдут тебя в канаве", "Придёт время, с каждым поговорим",
        "Вечером будем ждать у выхода, я предупредил", "Попробуй только ещё раз оштрафовать — пожалеешь, я предупредил",
        "Ещё раз увижу твою машину у ворот — колёса порежу", "Живым не уйдёт, если поймаю",
        "Этому лесничему глаза выцарапать мало", "Коктейли уже готовы, ждите", "Сам приеду и руками объясню",
        "Надеюсь, сдохнет этот застройщик в своём котловане",
        "Пусть только сунется в наш проулок — с монтировкой встречу"})
    void veiledWeighed(String text) {
        Checks.assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("halves of a veiled threat alone stay clean")
    @ValueSource(strings = {"Если ещё раз найду окурки у подъезда, напишу в управляющую",
        "Встретимся на субботнике в девять", "Не сидите долго на солнце, сгорите", "Найду время — зайду в МФЦ",
        "Ещё раз спасибо всем, кто помог", "Я предупредил председателя, что трубу прорвало",
        "Придёт время — и дорогу сделают, не сомневайтесь", "Сломаю ноги на этом льду, посыпьте песком",
        "Жаль будет, если парк закроют", "Охранник сказал, что будем ждать у выхода автобус"})
    void veiledHalves(String text) {
        Checks.assertNotFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a fourth writer's threats: a grudge, the family, surveillance, harm to the office and the car")
    @ValueSource(strings = {"Следующий, кто сломает мне забор, получит битой по голове",
        "Депутату, который меня обманул: ходить по одному теперь будешь, так и знай",
        "Я знаю, во сколько ты выходишь из дома. Пусть подумает", "Ещё неделя без воды — и ваш офис окажется с выбитыми окнами",
        "Пиздец вам, депутаты, каждого найдём", "Недолго тебе осталось в кресле сидеть", "Я этого прораба самого в бетон закатаю",
        "Желаю вам сдохнуть в своих кабинетах", "Глава, у тебя есть дети? Пусть подумает",
        "Сунешься ещё раз в мой двор — живым не выйдешь", "Спущу тебя с лестницы, если ещё раз придёшь",
        "Машины у мэрии хорошо горят, я предупреждаю", "Дождётесь, возьмут люди вилы", "Заложу кое-что громкое, завтра не будет вашей конторы"})
    void fourthWriterThreats(String text) {
        Checks.assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("the fourth writer's halves in ordinary sentences stay clean")
    @ValueSource(strings = {"Ещё раз спасибо, встретимся на субботнике в субботу", "Недолго вам осталось ждать, мост откроют в декабре",
        "Заложу под дверь коврик, чтобы не дуло", "Каток открыли, приходите вместе с детьми",
        "Я предупреждаю заранее: воду отключат завтра с 9 до 17", "Ждите гостей на празднике, приходите всей семьёй",
        "Вешали на площади гирлянды к Новому году", "Пора вспомнить традиции казачьей кухни",
        "Кто не поймёт инструкцию, приходите в МФЦ", "Дед взял на охоту ружьё, оно зарегистрировано",
        "Не ходите вечером одни по набережной, там нет освещения"})
    void fourthWriterHalves(String text) {
        Checks.assertNotFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("review 20: veiled accidents, ambushes, foretold deaths, car and face damage")
    @ValueSource(strings = {"Видел, как ты на нас стучишь. Смотри под ноги, лестницы у нас крутые", "Подожду этого контролёра у депо, пусть только ещё раз меня оштрафует", "Такие как вы долго не живут, господин директор", "Закроют рынок — кто-то из ваших домой не вернётся, мы предупредили", "Жалко будет, если вдруг твой гараж сгорит", "Ещё раз встанешь на газон — шины проколю", "Приду к тебе в офис и рожу твою разобью", "Давно этого прораба никто в тёмном переулке не встречал. Но всё впереди"})
    void review20ThreatFlagged(String text) {
        Checks.assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("review 20: the same halves in ordinary sentences stay clean")
    @ValueSource(strings = {"Смотрите под ноги, на ступеньках у поликлиники лёд", "Подожду его у школы после уроков, заберу домой", "Если вдруг найдёте ключи у третьего подъезда, позвоните", "Кошки у нас долго не живут, дорога рядом", "Разобью клумбу у подъезда весной, кто поможет?", "Сосед пишет мне «колёса проколю», куда с этим идти?", "Стекла на остановке разбиты, кто будет менять?"})
    void review20ThreatClean(String text) {
        Checks.assertNotFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("THREAT: execution (к стенке), burial, maiming, and veiled threats (a wooden house, a fire, days counted) are flagged")
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
    void executionAndVeiledThreats(String text) {
        Checks.assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("THREAT: their household look-alikes and a reported bomb post stay clean")
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
    void executionAndVeiledLookAlikesStayClean(String text) {
        Checks.assertNotFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("THREAT: knees shot, a death as the alternative, a meeting wished for, killing with one's own hands")
    @ValueSource(strings = {
        "Колени тебе прострелю",
        "Уходи отсюда, или сдохнешь",
        "Встретил бы я тебя на улице, поговорили бы",
        "Попался бы ты мне в подъезде",
        "Я бы его своими руками придушил",
        "Надо было его пристрелить ещё тогда",
        "Ведьму сжечь!",
    })
    void forumThreats(String text) {
        Checks.assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("THREAT: their look-alikes stay clean")
    @ValueSource(strings = {
        "Колени болят, записалась к хирургу",
        "Встретил бы тебя на вокзале, но я на работе",
        "Надо было его повесить пониже, этот знак не видно",
        "Гирлянды будут вешать на площади с понедельника",
        "Листья сжечь нельзя, штраф",
        "Своими руками построили детскую площадку",
    })
    void forumThreatLookAlikesStayClean(String text) {
        Checks.assertNotFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("THREAT: a face or limbs with their owner, burial and drowning places, idioms of payback, a crowd with weapons")
    @ValueSource(strings = {
        "Ещё раз тронешь мою машину — обоим рёбра сломаю",
        "Ебало ему сломаю, пусть только появится",
        "Зубы на асфальте собирать будешь",
        "В лесу закопаю, и никто не узнает",
        "Этих взяточников в проруби топить надо",
        "Пожалеешь, что родился, понял?",
        "Кулаками объясним, кто тут главный",
        "Спущу с лестницы любого, кто ещё раз позвонит",
        "Мало не покажется, если ещё раз сюда придёшь",
        "Найду, где бы ты ни прятался",
        "Придём всем подъездом с битами",
        "Подожгу ему дверь, будет знать",
        "Если построят этот ларёк — взорвём",
        "Я их обоих закопаю",
        "Эту саму надо бы отпинать как следует",
        "Хачей всех перерезать надо",
    })
    void limbsPlacesIdiomsAndCrowds(String text) {
        Checks.assertFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("THREAT: their look-alikes stay clean")
    @ValueSource(strings = {
        "Ногу сломаешь на этом льду, посыпьте песком",
        "Штрафы такие, что мало не покажется",
        "Город маленький, все друг друга знают",
        "Перерезать ленточку на открытии школы доверили первоклассникам",
        "Старую дверь сожгу в печке на даче",
        "Турнир по шахматам: я вас всех порву в субботу",
        "Придём всем подъездом на субботник",
        "Приеду, поговорим о ремонте крыши",
        "Закопаю капсулу времени в лесу с детьми",
        "В проруби купаться на Крещение только у спасателей",
    })
    void limbsPlacesIdiomsAndCrowdsLookAlikesStayClean(String text) {
        Checks.assertNotFlagged(text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: a car wrecked or machines burnt, a beating promised in мат, payback idioms, a warning with a search; pests, a job and remorse stay clean")
    @CsvSource(delimiter = '|', value = {
        "Лобовуху разобью любому, кто встанет на моё место|true",
        "Зеркала поотрываю всем, кто паркуется на газоне|true",
        "Их технику спалим вместе с вагончиками|true",
        "Пиздюлей получишь, если ещё раз тут появишься|true",
        "Найду и объясню доходчиво, как себя вести|true",
        "Ещё раз нагрубишь моей матери — с лестницы полетишь|true",
        "Ещё раз машину под окнами поставишь — я тебе этот бампер на голову надену|true",
        "Ещё раз твой кот нагадит у двери — больше не увидишь его|true",
        "Лучше тебе нам не попадаться, ноги не унесёшь|true",
        "Номер твой запомнил. Жди сюрприз|true",
        "Этим подросткам уши им пооткручиваю|true",
        "Ещё раз собака залает ночью — отравлю|true",
        "Боюсь, колесо проколю на этих ямах|false",
        "Старую дверь сожгу в печке, а новую поставлю|false",
        "Надеюсь, совесть тебя сожрёт|false",
        "Если ещё раз опоздаешь, полетишь с работы|false",
        "Номер запомнил, позвоню завтра насчёт ремонта|false",
        "Спасибо, получил пизды от жены за опоздание, но успел|false",
        "Ещё раз отравлю тараканов, и хватит|false",
    })
    void reviewTwentySevenThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: a shotgun charge promised, poison down the throat, burial and arson after a condition, «пока живой» with a search; the hunter, the time capsule and the angler stay clean")
    @CsvSource(delimiter = '|', value = {
        "Следующий, кто подожжёт траву, получит заряд дроби|true",
        "Найду того, кто кошку отравил, — сам эту отраву в глотку залью|true",
        "Чужих собак ещё раз увижу у сарая — закопаем|true",
        "А кто не уйдёт с нашей улицы — сарай подпалим|true",
        "Признавайся, пока живой, я всё равно узнаю|true",
        "Разберусь с тем, кто мне шины проколол. Пока цел, лучше признайся|true",
        "Зарядом дроби по утке попал с первого раза|false",
        "Закопаем капсулу времени у школы|false",
        "Пока живой, буду ходить на рыбалку|false",
    })
    void reviewTwentyEightThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: «я за тобой приду», a meeting after work with a talk «по-другому», burial after a search, arson of a mall, legs broken as a wish, a car pitied «если что»; a parent, a holiday and the ice stay clean")
    @CsvSource(delimiter = '|', value = {
        "Я за тобой приду, и ты знаешь почему|true",
        "Встретим после смены и поговорим по-другому|true",
        "Узнаю, кто мне шины порезал, — закопаю|true",
        "Мы вас вычислим, и тогда мало не покажется|true",
        "Сожжём этот ТЦ, раз сквер снесли|true",
        "Ноги бы переломать этому блогеру|true",
        "Тачка у тебя новая, жалко будет, если что|true",
        "Смотри, как бы твою машину ночью не поцарапали|true",
        "Кто ещё раз мусор под окна бросит — тому самому костёр устрою|true",
        "Приду за тобой в садик в пять, жди|false",
        "Встретим Новый год на площади у ёлки|false",
        "На льду у подъезда ноги переломать можно, посыпьте песком|false",
        "Ты бы поаккуратнее с выражениями, тут дети читают|false",
        "Жалко будет, если что-то случится с нашим парком|false",
    })
    void reviewTwentyNineThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: a phrase interrupted by an interjection («смотри, бл*, как бы…») still reads; an interjection before an ordinary remark stays clean")
    @CsvSource(delimiter = '|', value = {
        "Смотри, бл*, как бы твою тачку ночью не сожгли|true",
        "Я за тобой, блин, приду|true",
        "Смотри, блин, как бы дождь не пошёл, зонт возьми|false",
    })
    void interjectionInsideThreat(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: «допишешься», a door knocked out or a drill shoved after a condition, a pet thrown from a balcony, arson foretold, the addressee's address or child with a warning, «тебе пизда», a group told it will not live here; fires in the news, a wardrobe and friendly warnings stay clean")
    @CsvSource(delimiter = '|', value = {
        "Допишешься ты, блогер|true",
        "Ещё раз включишь музыку ночью — дверь тебе вынесу|true",
        "Ещё раз в шесть утра сверлить начнёшь — я тебе эту дрель в одно место вкручу|true",
        "Ещё раз твой кот мне на балкон залезет — я его с девятого этажа выкину|true",
        "Только попробуй ещё пожаловаться — гореть будет твой ларёк|true",
        "Мы знаем, где ваш начальник живёт, не расслабляйтесь|true",
        "Ваша дочка ведь в садик на Ленина ходит? Будет жаль, если что|true",
        "Тебе пизда, понял?|true",
        "Геям в нашем городе не жить|true",
        "Склад в промзоне будет гореть ещё долго, пожарные не справляются|false",
        "Мы знаем, где найти хорошего сантехника|false",
        "Не расслабляйтесь, завтра опять снег обещают|false",
        "Старый шкаф с балкона выкину на помойку, кому нужен — забирайте|false",
        "Земля круглая, ещё встретимся на субботнике|false",
    })
    void reviewThirtyThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: wheels to look for, a pet never seen again, acid on the car, tied to a post, «ты уже покойник», a beast wished on someone, a house that may «вдруг» burn, a dorm burnt unless they leave, a visit at home, sticks; a wiring fire, a lost passport and a cancelled bus stay clean")
    @CsvSource(delimiter = '|', value = {
        "Ещё раз встанешь на моё место — будешь искать колёса|true",
        "Ещё раз твоя собака залает ночью — больше ты её не увидишь|true",
        "Ещё раз напишешь про меня — кислотой машину оболью|true",
        "Найду того, кто поджёг подъезд, — привяжу к столбу на морозе|true",
        "Считай, что ты уже покойник|true",
        "Чтоб тебя волки загрызли вместе с твоей стройкой|true",
        "Магазин у тебя деревянный? Будет очень жаль, если он вдруг загорится|true",
        "Уезжайте по-хорошему, пока общагу не подпалили|true",
        "Придём к тебе домой, и хуёво тебе будет|true",
        "Ещё раз появитесь у рынка — будем гнать палками|true",
        "Если вдруг загорится проводка, сразу звоните 112|false",
        "Проводка старая, если она вдруг загорится — звоните 112|false",
        "Будет очень жаль, если автобус до Кировска отменят|false",
        "Потеряешь паспорт в автобусе — больше его не увидишь, никто не сдаёт|false",
        "Купил канистру бензина, на дачу еду|false",
    })
    void reviewThirtyOneThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: veiled threats by the addressee's car, garage, windows, pet or family with a pity, an accident or a greeting («жалко будет», «всякое бывает», «стекло штука хрупкая», «привет от нас»), «знаю, где живёшь», «спи спокойно, пока можешь», a ride to the forest; the same words as safety advice, a notice hung up, a thing killed in hyperbole and heating stay clean")
    @CsvSource(delimiter = '|', value = {
        "Гараж у тебя деревянный, а проводка старая, всякое бывает|true",
        "Окна у тебя низко, стекло штука хрупкая|true",
        "Колёса у тебя новые на машине, жалко будет|true",
        "Знаю, где живёшь, Петя|true",
        "Спи спокойно, пока можешь|true",
        "Вывезем тебя в лес, там и поговорим|true",
        "Таких как ты топить надо|true",
        "Ещё раз тронешь мою машину — сам рядом ляжешь|true",
        "На озере тебя встретим, лёд нынче тонкий|true",
        "Вам бы аккуратнее ездить, тормоза сейчас ненадёжные|true",
        "Кота твоего давно не видно? И не увидишь|true",
        "Жена твоя в магазине работает, передай ей привет от нас|true",
        "Лёд нынче тонкий, на рыбалку не выходите|false",
        "Жалко будет, если закроют библиотеку|false",
        "Проводка старая в доме, зима, всякое бывает, проверьте розетки|false",
        "Я убью этот будильник, звенит в пять утра|false",
        "Распечатайте памятку и повесьте у телефона для пожилых соседей|false",
        "Топить надо лучше, батареи холодные|false",
    })
    void reviewThirtyTwoThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: review 33 — a hunter who found the addressee and will come in the evening, a blow «что не встанет», a throat, «мы тебя запомнили» with a talk «без камер», sent to the bottom, «вынесем тебя», dragged out by the collar, sold to the wrong man «пусть ждёт», the addressee's children found, a car without its windows, a daughter's hours asked; a wallet returned, a hot drink, a bear and an abandoned car stay clean")
    @CsvSource(delimiter = '|', value = {
        "Я тебя по записям с камер уже нашёл, вечером приду|true",
        "Поймаю того, кто шины порезал, так ёбну, что не встанет|true",
        "Смотри, как бы тебе твой микрофон в глотку не затолкали|true",
        "Мы тебя запомнили, после собрания поговорим уже без камер|true",
        "Ещё раз оставишь стариков на причале — отправим тебя на дно вместе с паромом|true",
        "Тебя уже пацаны ищут, не советую гулять одному по вечерам|true",
        "Ещё раз полезешь к урне — вынесем тебя вместе с ней|true",
        "Я этого начальника за шкирку вытащу из кабинета|true",
        "Перекупу передайте, что машину он продал не тому человеку, пусть ждёт|true",
        "Раз мои дети дышат этой пылью, я и твоих детей найду|true",
        "Кто снял мой баннер — завтра твоя машина без стёкол будет стоять|true",
        "Милая у тебя дочка. Во сколько у неё кружок заканчивается?|true",
        "Нашёл кошелёк у остановки, хозяин, я тебя найду по фото из паспорта|false",
        "Залил в глотку горячий чай и обжёгся|false",
        "Мы проверили камеры во дворе, их нет|false",
        "Машина во дворе третий месяц стоит без колёс, эвакуируйте|false",
        "Не советую гулять одному в лесу, там медведь|false",
    })
    void reviewThirtyThreeThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: review 34 — a pet that may not come home, a greeting to the addressee's son, a wooden dacha in a dry summer, the addressee's car seen daily, «объясню по-своему», a hospital stay wished, a poison fed back, «мы ещё побеседуем», «в чате ты смелый»; a lost cat, a greeting to a neighbour, a dry summer and a date with a friend stay clean")
    @CsvSource(delimiter = '|', value = {
        "Кота своего без присмотра выпускаешь? Смотри, чтоб однажды домой не вернулся|true",
        "Дочь ведь у вас в гимназии учится, Андрей Петрович? Привет ей передай|true",
        "Подумай хорошенько, как голосовать будешь. Дача у тебя деревянная|true",
        "Машинку твою синюю у школы каждое утро вижу. Будет жалко|true",
        "Ещё раз обгонишь по встречке — догоню и объясню по-своему|true",
        "Этого инспектора давно пора проучить, чтоб в больнице полежал|true",
        "Ты, что траву травишь у подъезда, тебя самого ядом накормят|true",
        "Мы с вами ещё побеседуем, Олег Иванович. Только не в интернете|true",
        "В интернете ты смелый, давай вживую встретимся|true",
        "Я догадываюсь, кто ты. Скоро увидимся|true",
        "Кто ещё раз свалит мусор у моей калитки — пожалеет|true",
        "Кот третий день домой не вернулся, рыжий, помогите найти|false",
        "Привет ему передай от всех нас, пусть выздоравливает|false",
        "Лето сухое, дача деревянная, поставил бочку с водой на всякий случай|false",
        "Скоро увидимся, подруга, в субботу у фонтана|false",
    })
    void reviewThirtyFourThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: review 35 — a kiosk that burns well, a visit announced to the one addressed, the addressee's son at school, a wife who should not walk alone, a wooden house in a hot summer, glass that breaks, where the addressee parks, «второй раз просить не будем», cars better not left overnight, legs to walk on, «своё получишь», matches at hand; dry grass, a visit for a barbecue, packing glass, a goodbye, a parking question and thanks to a husband stay clean")
    @CsvSource(delimiter = '|', value = {
        "Киоск твой с шаурмой, говорят, хорошо горит|true",
        "Мы к тебе завтра вечером заглянем, объясним, как надо себя вести|true",
        "У тебя же сын в гимназию ходит? Вот и подумай, прежде чем писать|true",
        "Передай жене, пусть по парку одна не ходит|true",
        "Домик у вас деревянный, Ирина Петровна, а лето жаркое|true",
        "Витрина у тебя большая, смотрю. Стекло — вещь хрупкая|true",
        "Город у нас небольшой. И где ты паркуешься, все всё знают|true",
        "Убери видео, пока не поздно. Второй раз просить не будем|true",
        "Гостям из Подмосковья машины у пирса на ночь лучше не оставлять. Мы предупредили|true",
        "Снимай дальше. Посмотрим, долго ли ты своими ногами ходить будешь|true",
        "Крыса, ты своё получишь, не сомневайся|true",
        "Лавка твоя долго не простоит, спички у нас есть|true",
        "Сухая трава хорошо горит, не жгите костры у леса|false",
        "Заглянем к тебе в субботу на шашлыки, жди|false",
        "Стекло — вещь хрупкая, упаковывайте посылки лучше|false",
        "Спасибо всем за праздник, ещё встретимся!|false",
        "Подскажи, где ты паркуешься у вокзала, там платно?|false",
        "Передай мужу спасибо за помощь с забором|false",
    })
    void reviewThirtyFiveThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: review 36 — «скажи спасибо, что пока только…», cheap matches beside the addressee's shop, «устрою погром», «разнесём в щепки», a long memory and a dark road home, «как бы дача не сгорела», money for a plaster cast, a car not found in the morning, «не заткнёшься — пожалеешь», dear glass, «больше не вернёшься», «подумай о детях», «встретим вечером», a pet to look after; a wiring check, the weather, a wish of care, a windscreen repair, a collection for a cast, guests met and advice to look after one's car stay clean")
    @CsvSource(delimiter = '|', value = {
        "Скажи спасибо, что пока только шины прокололи|true",
        "Лавка у тебя на трассе, а спички нынче дешёвые|true",
        "Я этим барыгам на рынке устрою погром|true",
        "Не починят трубу к пятнице — контору вашу разнесём в щепки|true",
        "Передай редактору, что у нас длинная память, а дорога домой тёмная|true",
        "Смотри, как бы дача не сгорела, лето сухое|true",
        "Готовь деньги, скоро понадобятся, и на гипс тоже|true",
        "Ещё раз в полицию позвонишь — машину утром не найдёшь|true",
        "Не заткнёшься — пожалеешь|true",
        "Окна у тебя низко, стёкла нынче дорогие|true",
        "Ещё раз сунешься к нашим сетям — больше не вернёшься|true",
        "Подумай о детях, прежде чем жалобы на нас писать|true",
        "Дождёшься, встретим вечером у магазина|true",
        "Кота своего береги, тут всякое случается|true",
        "Проверьте проводку, как бы дом не сгорел|false",
        "Скажи спасибо, что пока только дождь, а не снег|false",
        "Береги себя, в жизни всякое может быть|false",
        "Стёкла нынче дорогие, менял лобовое за двадцать тысяч|false",
        "Собираем деньги на гипс для мальчика из пятого дома|false",
        "Встретим вечером гостей с вокзала, приготовим ужин|false",
        "Береги свою машину, на дорогах всякое случается|false",
    })
    void reviewThirtySixThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: review 37 — «продолжай писать… посмотрим», a car's number written down and a walk on foot, «только сунутся — мы их встретим», low windows and stones, «ходите да оглядывайтесь», stray dogs to be poisoned, «до машины не дойдёшь», «найду того, кто… пиздец ему», «вычислю, и пусть потом не обижается»; praise for articles, advice on ice, stones on the road, a greeting to a wife, a walk to a meeting, cockroaches, a warning about poison, veterans met, advice to one who drives every day or has a new car, a pointer to the prosecutor, neighbours coming to talk about a fence and a push to see a doctor stay clean")
    @CsvSource(delimiter = '|', value = {
        "Продолжай писать свои статейки, посмотрим долго ли продержишься|true",
        "Номер твоей машины я записал, будешь ходить пешком|true",
        "Только сунутся к нам в район — мы их встретим|true",
        "Окна у тебя низко, а камней у нас много|true",
        "Ходите да оглядывайтесь, активисты|true",
        "Потравим всех бродячих собак во дворе, раз отлов не работает|true",
        "До машины не дойдёшь, если ещё раз тут напишешь|true",
        "Кто колёса мне проколол — найду того, кто это сделал, пиздец ему|true",
        "Узнаю, кто жалобу накатал, вычислю, и пусть потом не обижается|true",
        "Продолжайте писать, очень интересные статьи про историю города|false",
        "Будь аккуратнее на дороге, гололёд страшный|false",
        "Камней на дороге хватает, вся машина в сколах|false",
        "Видел твою жену в МФЦ, передавай привет|false",
        "Я тебя у подъезда подожду, вместе пойдём на собрание|false",
        "Потравим тараканов в подвале, управляющая обещала|false",
        "Кто-то разбросал отраву для собак на Сайсарах, будьте осторожны с питомцами|false",
        "Мы их встретим на вокзале с цветами, ветераны приезжают|false",
        "Ты каждый день по трассе ездишь, будь аккуратнее, гололёд|false",
        "Машина у тебя новая, будь аккуратнее на парковке у ТЦ|false",
        "Ты каждый день через лёд на работу ездишь, всякое бывает, купи жилет|false",
        "Жалобы писать надо в прокуратуру, а не сюда. Потом не жалуйтесь|false",
        "Мы с соседями зайдём к тебе поговорить про забор|false",
        "Сходи в поликлинику пока не поздно, а то потом не дойдёшь|false",
    })
    void reviewThirtySevenThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: review 38 — a promise ending with «понял меня?», «сиди тихо, если хочешь, чтобы с детьми всё было», «в комментах ты смелый», «станет для тебя последним», мат or «хана» wished on the addressee's car or garage; a pothole, advice to stay home in the heat, a call to phone one's mother, one's own head, crows in the cherries and a team's last season stay clean")
    @CsvSource(delimiter = '|', value = {
        "Ещё слово — закопаю, понял меня?|true",
        "Сиди тихо, если хочешь, чтобы с детьми всё было хорошо|true",
        "В комментах ты смелый, а вот вживую встретимся|true",
        "Эта жалоба станет для тебя последним, что ты написал|true",
        "Ещё раз приедешь снимать — и пиздец твоей машине|true",
        "Будешь дальше писать — хана твоему гаражу|true",
        "Въедешь в эту яму — пиздец твоей подвеске|false",
        "Сиди тихо дома в жару, если хочешь, чтобы с семьёй всё было в порядке|false",
        "Звони маме, пока есть кому звонить|false",
        "Голову себе оторвать готов, что не застраховал дачу|false",
        "Ворон бы всех перестрелял, всю черешню склевали|false",
        "Надеюсь, ты понял меня правильно: я за выплаты всем|false",
        "Этот сезон станет для тебя последним в команде, тренер сказал|false",
    })
    void reviewThirtyEightThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: review 39 — a writer warned about his articles with his children named, his address known, «доиграется» with «лес у нас большой», people once buried in the forest, «а потом и тебя», windows smashed, a house burnt, a head smashed with мат, teeth to be lost, a body found in a pond; the idiom for bad work, mushrooms and children, a neighbour's address, midges, a boat on rocks stay clean")
    @CsvSource(delimiter = '|', value = {
        "Слушай, журналист, аккуратнее с такими репортажами, у тебя дети ещё в садик ходят|true",
        "Осторожнее со своими статьями, у вас дети маленькие|true",
        "Ещё слово про мою семью — приду поговорить, адрес твой знаю|true",
        "Этот блогер доиграется. Лес у нас большой|true",
        "Таких как ты умников раньше в лесу закапывали|true",
        "Ещё раз сети мои тронешь — лодку продырявлю, а потом и тебя|true",
        "Ещё раз у моего дома встанешь — окна побью|true",
        "Депутату передайте: хату спалим, если опять проголосует за вырубку|true",
        "Прораб, ещё раз увижу, что воруешь, башку тебе разъебу|true",
        "За такие посты зубов можно лишиться, подумай|true",
        "Ещё раз сети тронешь — потом в пруду найдут|true",
        "Руки бы оторвать тому, кто этот тротуар клал, вся плитка ходуном|false",
        "Осторожнее с такими грибами, у вас дети маленькие, не давайте им сырые|false",
        "Адрес знаю, завтра привезу вам рассаду|false",
        "Лес у нас большой, грибники теряются каждую осень, берите компас|false",
        "Придушила бы этих мошек, весь вечер на веранде кусали|false",
        "Лодку пробью о камни, если по мелководью пойду|false",
        "Сначала маму отвезу в больницу, а потом и тебя заберу со школы|false",
    })
    void reviewThirtyNineThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: review 40 — hands to be torn off, a people to be killed off, shamans hanged, a people smoked out by force, a cottage that would burn nicely, children who will cry, a tongue to be shortened, a café that might catch fire by chance, the car one drives known, a body fished out of the river, tyres that will go flat, a yurt someone will set alight, what happens to informers; weeds, prices, pictures, a tongue-tie, a stove, rescuers, winter tyres, dry grass, frost and bailiffs stay clean")
    @CsvSource(delimiter = '|', value = {
        "Если ещё одну собаку отравите, я вас, живодёров, сам найду и руки повыдергиваю|true",
        "Если китайцы начнут строить ГЭС, мы их всех перебьём, так и знайте|true",
        "Чтоб этих шаманов всех перевешать, одна бесовщина от них|true",
        "Казахов с Кош-Агача надо выкуривать силой, пока они тут всё не захватили|true",
        "Мэру передайте, что его коттедж в Чемале очень красиво горел бы|true",
        "Ещё раз собака моя отравленная будет — твои дети поплачут|true",
        "Блогеру скажите — язык у него длинный, можно и укоротить|true",
        "Смотри, как бы твоя кафешка случайно не загорелась|true",
        "Глава, мы знаем, на какой машине вы ездите. Подумайте|true",
        "Одно слово ещё про мою семью — и тебя в Бие выловят|true",
        "Ещё раз твою машину у моих ворот увижу — колёса сами собой спустятся|true",
        "Передайте шаманке: ещё раз будет проклятия наводить, её юрту кто-нибудь подпалит|true",
        "Слышь, думаешь под ником спрятался? Найдём и объясним|true",
        "Поверь, лучше тебе не знать, что бывает с такими стукачами в нашей деревне|true",
        "Сорняки на клумбе повыдергиваю сама, не зовите никого|false",
        "Перебьём цену конкурентов, скидки всем до конца месяца|false",
        "Картины перевешать надо в фойе, всё криво висит|false",
        "Ёлка красиво горела огнями на площади|false",
        "Дети поплачут и успокоятся, прививка совсем не больно|false",
        "Логопед сказал подрезать уздечку, язык у ребёнка короткий|false",
        "Смотрите, как бы ваш дом не загорелся от старой проводки|false",
        "Знаю, на какой машине ездит глава — на служебной, за наш счёт|false",
        "Если заплывёте за буйки, вас выловят спасатели и оштрафуют|false",
        "Колёса спустятся за зиму, подкачайте перед поездкой на тракт|false",
        "Кто-нибудь подожжёт сухую траву — и опять пожар на склоне|false",
        "Знаете, что бывает с такими морозами? Трубы лопаются|false",
        "Лучше тебе не знать, сколько стоит ремонт ходовой|false",
        "Приставы силой выгнали семью из квартиры, это законно?|false",
    })
    void reviewFortyThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: review 41 — a deputy told to walk carefully, a woman told to leave while she is whole, a blogger walking on the edge, a small world, a personal talk with fists, a Cossack raid to show who is master, a gun at home, migrants to be taught a lesson, a dog catcher torn apart, a barn to be set alight, a house to insure in the fire season, a brick wished on a head, windows that will be new, wheels on bricks, tyres to be cut, a forest talk, a beating in мат, fuel oil set alight; ice, vases, classmates, meetings, gun licences, rubbish, chess, mushrooms, insurance, builders' bricks, fire brigades, tyres and films stay clean")
    @CsvSource(delimiter = '|', value = {
        "Депутат, гуляй вечером осторожнее, мало ли что|true",
        "Волонтёрша эта, которая деньги собирала, пусть уезжает из города пока цела|true",
        "Блогер ходит по краю. Рано или поздно его встретят в тёмном переулке|true",
        "Ну ничего, депутат, мир тесен, встретимся|true",
        "Этого пресс-секретаря встречу у входа и объясню лично, по зубам|true",
        "Казаки, пора пройтись по рынку и объяснить азиатам кто тут хозяин. Кулаками если надо|true",
        "У меня ружьё есть. Пусть только этот таксист ещё раз к дочке подойдёт|true",
        "Мигрантов с нашей стройки вывезти бы за город и поучить как следует|true",
        "Отловщик этот пусть знает: за своих собак я любого порву|true",
        "Арендодатель из Витязево, вернёшь предоплату — или сарай твой подпалят|true",
        "Мэр, ты бы дом застраховал, лето нынче пожароопасное|true",
        "Кирпич бы этому мэру на голову с его же новой крыши|true",
        "Ещё один пост про нашу улицу — и стёкла у тебя в доме будут новые|true",
        "Ещё раз твою фуру увижу у своих ворот — колёса будут на кирпичах стоять|true",
        "Москвичам на номерах 77 шины резать будем, пусть знают|true",
        "Отвезём вашего застройщика в лесочек, поговорим по душам|true",
        "Этому застройщику на дюнах пизды дать надо, а технику его спалить|true",
        "Мазут этот директору на голову вылить и поджечь, чтоб понял|true",
        "Если понаехавшие до лета не уберутся, будем выгонять по-своему|true",
        "Чиновник, у тебя ведь дача в Сукко? Хорошее место, тихое. Пожаров давно не было|true",
        "Гуляйте вечером осторожнее, гололёд страшный|false",
        "Хорошо что ваза пока цела, кот её всё время роняет|false",
        "Мир тесен, встретил в Анапе одноклассника|false",
        "Встретимся у фонтана в 6|false",
        "У меня ружьё есть, охотничий билет тоже, сезон открыт|false",
        "Мусор вывезти бы за город, а не жечь во дворе|false",
        "Я за свою команду любого порву на турнире по шахматам|false",
        "Отвезём детей в лесочек за грибами в субботу|false",
        "Ты бы дом застраховал, у нас страховка недорогая сейчас|false",
        "Кирпич бы привезли на стройку вовремя, а то стоим|false",
        "Пожаров давно не было, пожарная часть молодцы|false",
        "Машина стоит на кирпичах уже год, колёса украли, куда смотрит полиция|false",
        "Краску на голову вылить и поджечь — так в фильме было, жуть|false",
        "Разберёмся по-своему с расписанием, без администрации|false",
    })
    void reviewFortyOneThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: review 42 — windows that will fly out, brakes that fail in winter, a blogger filming from hospital, a lawyer's address found and a visit, garages that burn, a camera that burns well, a wooden newspaper office, a mine owner who will not sleep, a driver told to be careful, a candidate dealt with after the election, incomers told not to walk at night, a neighbour tracked down, a case settled outside court, a mosque taken care of, a man who will not reach home, a doctor who will regret being born, a street set alight, a blogger's car, legs pulled out; gas explosions, brake pads, discharged patients, grandmothers' visits, sheds, coal, a listed building, an operation, an icy hill, papers, a dark park, gifts, a neighbour's garage, dog catchers, meter readings, a building fire, a town festival, parcels, a clinic, birthplace pride, a lucky car, a lift stay clean")
    @CsvSource(delimiter = '|', value = {
        "Соседка, продолжишь кормить собак под окнами — окна твои первые вылетят.|true",
        "Мэр, вы бы поосторожней ездили. Тормоза, знаете, зимой отказывают.|true",
        "Ещё одно видео — и будешь снимать уже из больницы.|true",
        "Адрес юриста компании уже нашли, осталось только в гости зайти.|true",
        "У тебя ведь гараж на Тырганской? Гаражи, говорят, горят часто зимой.|true",
        "Блогер, твоя камера хорошо горит? Проверим.|true",
        "С такими статейками, редакция, можно и без редакции остаться. Здание деревянное, сами знаете.|true",
        "Передай хозяину шахты, что спать спокойно не будет, мы знаем, где его дача.|true",
        "Разберёмся с тобой после выборов, Морозова. Не забудем.|true",
        "Пусть приезжие знают: в нашем районе им по вечерам лучше не ходить. Отловим по одному.|true",
        "Сосед, который в полицию на меня написал: я тебя вычислил. Ночью не гуляй.|true",
        "Мразь, которая кошек травит, мы тебя вычислили. Жди.|true",
        "Хозяин шахты, помни: за всё отвечают. И ты ответишь, не в суде, так по-другому.|true",
        "Мечеть эту построят — долго не простоит, мы позаботимся.|true",
        "Дебил, ты понимаешь, что город маленький? Встретимся — поговорим по-другому.|true",
        "Слышь, ты, вали отсюда, а то ведь однажды домой не дойдёшь|true",
        "Главврачу передайте: если мать умрёт, она пожалеет, что вообще родилась.|true",
        "Не уедут до весны — подожжём всю улицу.|true",
        "Блогер, смотри, как бы машина твоя не сгорела ночью.|true",
        "Еще раз мэра снимешь — ноги тебе повыдергаем|true",
        "При взрыве газа окна вылетят у всех соседей, проверьте плиты.|false",
        "Зимой тормоза часто отказывают, проверьте колодки перед поездкой.|false",
        "Маму уже из больницы выписали, спасибо врачам.|false",
        "Хотим в гости зайти к бабушке в пансионат, пускают ли сейчас?|false",
        "Старые сараи у нас горят часто, пожарные просят убрать мусор.|false",
        "Этот уголь хорошо горит, берите у Петровича.|false",
        "Здание деревянное, ему сто лет, его надо беречь как памятник.|false",
        "Теперь он спокойно спать будет, операция прошла хорошо.|false",
        "Вы бы поосторожней на горке, там лёд.|false",
        "Разберёмся с тобой в понедельник по документам, принеси паспорт.|false",
        "По вечерам лучше не ходить через парк, там темно и нет фонарей.|false",
        "Мы позаботимся о том, чтобы дети получили подарки.|false",
        "У тебя ведь гараж на Тырганской? Продай место.|false",
        "Собак отловим по одному и отвезём в приют, говорит отлов.|false",
        "Проверим показания счётчиков в среду.|false",
        "Город маленький, встретимся на празднике в субботу!|false",
        "Адрес нашли, спасибо, посылка дошла.|false",
        "Однажды не дойдёшь до поликлиники, если так болеть.|false",
        "Ни разу не пожалела, что родилась в Новокузнецке.|false",
        "Машина твоя не сгорела, повезло, огонь остановили.|false",
        "Стерилизация бездомных собак — правильно, отстреливать не надо.|false",
        "Не надо убивать собак, их надо стерилизовать.|false",
        "Сосед в чате дома пишет мне «я тебе ноги переломаю». Куда с этим идти, к участковому?|false",
    })
    void reviewFortyTwoThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: review 43 — a dog that may eat something wrong, safety advice to leave town, the shelter belt, feeders poisoned too, teeth counted, a bus driver met at the terminus, someone's dacha, the same pit, a porch without an intercom, getting what is coming, a moderator who will see the writer in person, a can of petrol, smashing it all, a talkative one at risk, a head doctor met after a shift, a late apology, a brick that reaches, living to the election, only the beginning, a car on fire at night, nobody to stand up, reaching the writer, a stall noticed, the car a chairman drives, a week to pack; a child's snack, a spare can, a windy building site, noisy neighbours, a burnt dacha, seat belts, a certificate, a short talk, parking fines, exams, burst pipes, pensioners, an opinion, low wages, documents, the heat, traffic, a shelter's helpers, a parcel, a flood, a clean-up, a repair, rain, trees, a delegation, the mayor's car, a photo spot, careful spending, a rubbish pit, a pension stay clean")
    @CsvSource(delimiter = '|', value = {
        "Твоя собачка тоже может что-нибудь не то съесть во дворе, ты подумай|true",
        "Советую уехать из города до выборов. Для твоей же безопасности|true",
        "Пусть турки ещё раз сунутся в наш хутор — всех вывезем в лесополосу|true",
        "Потравлю всех собак у школы, и кормильцев их заодно|true",
        "Ничтожество, ещё раз откроешь тут рот — зубов не досчитаешься|true",
        "Водителю 12-го: ещё раз проедешь мимо остановки — встречу на конечной, и без разговоров|true",
        "Скоро у кого-то дачка сгорит, все всё понимают|true",
        "Собачницу эту надо в ту же яму, куда и её шавок|true",
        "Начальнику ЖКХ: подъезд у тебя без домофона, заходи вечером с оглядкой|true",
        "Ты, крыса продажная, скоро получишь своё|true",
        "Модератор, удалишь ещё раз мой коммент — узнаешь, как я выгляжу вживую|true",
        "С такими разговор короткий — канистра бензина и спички|true",
        "Если до пятницы воду не дадут, приедем к администрации и разнесём там всё к чертям|true",
        "Кто-то сильно рискует, раскрывая тут рот. Адрес уже скинули в чат|true",
        "Главврача, который роддом закрыл, я лично встречу после смены. Пусть готовится|true",
        "Кто жалобу на мой ларёк написал, я узнаю, и тогда извиняться будет поздно|true",
        "У депутата окна на первом этаже, кирпич долетит, если что|true",
        "Жирная свинья в кабинете, дожить бы тебе до выборов|true",
        "Свалка — это только начало, следующим загорится дом директора полигона|true",
        "Машина у главы красивая. Жалко будет, если ночью во дворе загорится|true",
        "мы тебя на рынке найдём, там все свои, никто не заступится|true",
        "Доберёмся мы и до тебя, писака. Не сегодня, так через месяц|true",
        "Палатку твою на рынке мы уже приметили. Спать спокойно не придётся|true",
        "Наши ребята знают, на какой машине ездит председатель избиркома. Пусть думает, что подписывает|true",
        "Цыганам на посёлке даём неделю на сборы, потом придём сами, и разговор будет другой|true",
        "Ребёнок может что-нибудь не то съесть на площадке, следите за детьми.|false",
        "В багажнике всегда вожу канистру бензина, мало ли что.|false",
        "Кирпич долетит до соседнего двора, если ветер, закрепите леса.|false",
        "После ремонта спать спокойно не придётся, дрель у соседей с утра.|false",
        "У кого-то дача сгорела вчера, соберём вещи погорельцам.|false",
        "Для вашей же безопасности пристегнитесь, на трассе пост ДПС.|false",
        "Справку выдали сразу и без разговоров, спасибо МФЦ.|false",
        "Разговор короткий был, он согласился отремонтировать крышу.|false",
        "Кто паркуется на газоне, сильно рискует получить штраф.|false",
        "Пусть готовится к экзаменам, а не в телефоне сидит.|false",
        "Извиняться будет поздно, когда трубы прорвёт зимой, ремонтируйте сейчас.|false",
        "Детям бы ночью гулять осторожнее, фонари не горят.|false",
        "Никто не заступится за пенсионеров, кроме нас самих.|false",
        "Пусть думает, что хочет, а я пойду на выборы.|false",
        "Все всё понимают, но молчат, зарплаты маленькие.|false",
        "Даём неделю на сборы документов, потом приём закрывается.|false",
        "Ты подумай, какая жара стоит, воды нет третий день.|false",
        "Советую уехать пораньше, на трассе пробка.|false",
        "Кормильцев их наградили грамотами за помощь приюту.|false",
        "Скоро получишь посылку, трек пришёл.|false",
        "Всё к чертям развалилось после паводка, дорогу размыло.|false",
        "Адрес уже скинули в чат, приходите на субботник.|false",
        "Это только начало ремонта, потом будет асфальт.|false",
        "Мало ли что бывает, возьмите зонт.|false",
        "Не сегодня, так завтра дождь пойдёт.|false",
        "Потом придём сами и посадим деревья у школы.|false",
        "Я лично встречу делегацию на вокзале.|false",
        "Знают, на какой машине ездит мэр, видели сто раз.|false",
        "Фотографы уже приметили это место для съёмок.|false",
        "Тратить бюджетные деньги надо с оглядкой.|false",
        "Мусор свалили в ту же яму, что и в прошлом году.|false",
        "Дожить бы до пенсии в этом городе.|false",
    })
    void reviewFortyThreeThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: review 44 — a hunter told to be careful in the woods, a bathhouse that may burn by chance, a wooden garage to look after, a dog that disappears first, a fist of words so far, a deputy leaving in a car boot, a personal visit with the address, the Tajiks picked off one by one, a car that stands for now, the head of a blogger's camera, logs left of a prayer house, houses burnt for the Roma, a feeder told she will suffer, a fence and its owner, a dog shot and its owner too, a mother who will bury her son, the nineties back, a school remembered on dark roads, help that hurts, houses that often burn, a talk no longer in the comments, the woods where journalists were buried; ice on the road, an office, a gift, rain, a report, heat, a short talk, a holiday, a medical procedure, a neighbour's stove, a kitten, a suitcase, a dive, an old bridge, wolves, a school, support in words, papers, border queues, streetlights, a tidy yard, a joke stay clean, as do threats reported to the police")
    @CsvSource(delimiter = '|', value = {
        "Охотничек, ты аккуратней в лесу, тебя самого там за волка принять могут|true",
        "Баня у депутата может случайно сгореть, дерево же, всякое бывает|true",
        "Гараж у тебя хороший, деревянный, сухой. Береги его|true",
        "Будешь дальше на моих детей жаловаться — твоя собака пропадёт первой|true",
        "Скажи спасибо, что пока только словами|true",
        "Пусть только депутат попробует к нам в деревню приехать — уедет в багажнике|true",
        "Приеду и лично разберусь с тобой, адрес у меня есть|true",
        "Пусть таджики с моста уезжают сами, пока их не начали по одному вылавливать|true",
        "Машина у тебя у подъезда красиво стоит. Пока стоит.|true",
        "Клоун с камерой, ещё раз приедешь снимать — разобьём камеру вместе с головой|true",
        "Если староверы ещё раз полезут на наш участок, от их молельни одни брёвна останутся|true",
        "Ещё раз цыгане появятся в нашей деревне — дома им спалим, так и передайте|true",
        "Тупая собачница, твоих блохастых завтра не будет, и тебе не поздоровится|true",
        "Забор твой долго не простоит, как и ты сам|true",
        "Ещё раз псину свою на моём дворе увижу — башку ей отстрелю нах*й, и тебе заодно|true",
        "Подумай о матери, ей тяжело будет тебя хоронить|true",
        "С такими как ты в 90-е разговор был короткий. Времена возвращаются|true",
        "Зря вы школу закрыли, Татьяна Ивановна. Мы запомнили. Вечера длинные, дороги тёмные.|true",
        "Сам уйдёшь с поста или помочь? Помощь может быть неприятной|true",
        "У таких как вы дома почему-то часто горят|true",
        "Встретимся у магазина — поговорим уже не в комментах|true",
        "Ты жалкий трус, глава, но от людей не спрячешься, найдём|true",
        "За такие новости журналистов раньше в лесу прикапывали, и сейчас можно|true",
        "Думаешь, я шучу? Убью, если ещё раз подойдёшь|true",
        "Ты аккуратней на трассе, там гололёд.|false",
        "Все знают, где ваш офис, приходите с документами.|false",
        "Подарок хороший, береги его.|false",
        "От дождя не спрячешься, берите зонты.|false",
        "Я сама разберусь с тобой по отчёту, пришли таблицу.|false",
        "Пока стоит жара, поливайте деревья вечером.|false",
        "Разговор был короткий: приняли заявление и отпустили.|false",
        "Мы запомнили этот праздник надолго, спасибо!|false",
        "Помощь может быть неприятной процедурой, но врачи молодцы.|false",
        "Баня у соседа может случайно сгореть, если печь не чистить, проверьте трубы.|false",
        "Котёнок пропадёт первой же зимой, заберите его.|false",
        "Чемодан уедет в багажнике, а мы в салоне.|false",
        "Нырнул вместе с головой, вода холодная.|false",
        "Одни брёвна останутся от старого моста, если не отремонтировать.|false",
        "Волков будем по одному вылавливать, сказали охотники.|false",
        "Отстрелим волков в этом сезоне, разрешение получено.|false",
        "Как и ты сам, я за новую школу.|false",
        "Поддержка пока только словами, денег не дали.|false",
        "Адрес у меня есть, завтра завезу документы.|false",
        "Времена возвращаются, снова очереди на границе.|false",
        "Дороги тёмные, фонари не горят с осени.|false",
        "У таких как вы всегда порядок во дворе, спасибо.|false",
        "Сам уйдёшь с работы пораньше?|false",
        "Будет тебя хоронить весь посёлок, говорят про деда, светлая память.|false",
        "Галина Петровна, я вас убью за такой пирог 😂 шучу конечно, рецептом поделитесь?|false",
        "Он мне в лицо сказал «я тебя урою», я всё записала на телефон и отнесла в полицию|false",
        "«Убью, если ещё раз сюда придёшь» — вот что мне сказал пьяный сосед. В полиции ответили, что пока ничего не случилось.|false",
        "Кто кормит стаю у гаражей, подумайте о детях, собаки уже за велосипедистами бегают|false",
    })
    void reviewFortyFourThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: reviews 45 and 46 — fear of being met at the entrance, a fall that others help, fragile windows, children escorted by guards, a meeting in person after the surname was passed on, the next pothole on a face, ‘one day you will regret it’, a boat found on the bottom, pieces in a bin, talk that will not be in words, a dark road to school, brakes last checked long ago, wheels that puncture by themselves, matches everyone has, a house that will burn well, ‘camera into the lake and you after it’, a limp till retirement, a dog that will not run home, waking up without a fence, a datsan taken apart log by log, a grave to choose, a village that is small, ‘for your own health’, ‘we will see how you sing’, living alone, a beating in the dark; a memorial day, a grandmother’s firewood, a traffic police advice on brakes, garlands, a warning about thin ice, a saying of a grandmother, punctures on potholes, a fire-safety notice, a small village’s festival stay clean")
    @CsvSource(delimiter = '|', value = {
        "А не боишься, что тебя вечером у подъезда встретят? Я бы на твоём месте боялся|true",
        "Зима скользкая, упасть может каждый. Особенно если помогут|true",
        "Окна у тебя на первом этаже, стеклопакеты хрупкие такие|true",
        "Ещё одна жалоба — и твои дети будут в школу с охраной ходить|true",
        "Фамилию твою я уже знаю, скоро познакомимся лично|true",
        "Ты мне это ещё припомнишь. Тебе аукнется, и не в интернете|true",
        "Ещё раз сети поставишь у моего места — лодку свою найдёшь на дне|true",
        "Ещё раз бак перевернёшь — сам в нём окажешься, по частям|true",
        "Предупреждаю. Дальше разговаривать будем не словами|true",
        "Сын твой в гимназию ходит, да? Дорога туда тёмная|true",
        "Давно тормоза у своей машины проверял? А то всякое бывает|true",
        "Ты на белой ниве ездишь, да? Колёса тут сами по себе прокалываются|true",
        "Дверь у тебя деревянная, а спички у всех есть|true",
        "Дом у тебя стоит красиво. Гореть тоже будет красиво|true",
        "Ещё раз сунешься с телефоном к моей базе — телефон в реку полетит, а ты за ним|true",
        "Ещё раз пнёшь мою собаку — сам хромать будешь|true",
        "Ещё раз твой кот на мой участок залезет — домой не прибежит|true",
        "Ещё один пост про мою стройку — проснёшься без машины и без гаража|true",
        "Ещё раз забор поставят — разберём по брёвнышку|true",
        "Могилку себе выбирай, раз такой смелый|true",
        "Тому, кто сдал нас рыбнадзору: найдём. Деревня маленькая|true",
        "Журналист, больше не пиши про карьер. Для твоего же здоровья|true",
        "Смелый ты в интернете, посмотрим, как запоёшь, когда к тебе заглянем|true",
        "Тому председателю надо бы тёмную устроить|true",
        "Соседка, живёшь-то ты одна, а заявления твои тебе боком выйдут|true",
        "Мы помним подвиг наших дедов, ваш вклад в Победу бессмертен|false",
        "Бабушка одна живёт, ещё раз прошу волонтёров помочь с дровами|false",
        "Проверьте тормоза перед зимой, на серпантине всякое бывает|false",
        "Гирлянды горят красиво, спасибо, имейте в виду, что ёлка до 15 января|false",
        "Лёд нынче тонкий, не советую тебе выходить на рыбалку, мало ли что|false",
        "Говорила моя бабушка: убью того, кто хлеб выбросит. Шутя, конечно|false",
        "Ещё раз прошу: колёса у машин прокалываются на ямах на Садовой, сделайте что-нибудь|false",
        "Спички в каждом доме есть, а вот свечей в магазине нет, когда дадут свет|false",
        "Деревня маленькая, но дружная, приезжайте на праздник|false",
        "Гололёд страшный, упасть может каждый, посыпьте тротуары|false",
        "Собака домой не прибежит сама, помогите найти, пропала в четверг|false",
        "Разберём по брёвнышку старый сарай на субботнике|false",
    })
    void reviewsFortyFiveAndSixThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: review 47 — where a car spends the night, a quiet life that can be arranged, a hint understood, «в жизни такой же будешь», men who have agreed, a grown-up talk, while there is something to leave on, a flimsy door, «пусть пока радуется», an address found online, a dacha not far to drive, walking home from work, a word with a husband, everything that burns in summer, a prayer house that will soon burn, a stall that will simply be gone, a nail along the car, free stones, a neck easily broken, the crime column, a fence torn down with its owner, stalls that «случайно не загорелись», talk that will not be in words; a forest-fire notice, a candle, a clinic closing, a beach, a crime report, an old shed, an office visit, a tourist club, a parents' meeting, a grandson on holiday, a website, a dacha, bread, a board's office, a witness, a clean-up, a quoted call to violence condemned stay clean")
    @CsvSource(delimiter = '|', value = {
        "Ты снимаешь, а мы знаем, где твоя машина ночует|true",
        "Кому-то явно надоело спокойно жить. Можем это устроить|true",
        "Дочь у тебя в 5 «А» учится. Ты поняла намёк|true",
        "Смелый в интернете. Интересно, в жизни такой же будешь?|true",
        "Таксистам с вокзала: вечером вас ждут, мужики уже договорились|true",
        "Встречу тебя после смены, поговорим по-взрослому|true",
        "Я бы на твоём месте из города уехал. Пока есть на чём уехать|true",
        "Жалобы на нас писать не надо. Окна у тебя хлипкие, и дверь у тебя хлипкая|true",
        "Кто эту статью написал? Ну-ну. Пусть пока радуется|true",
        "Адрес твой в интернете находится за минуту. Совет на будущее: удали пост|true",
        "Народ всё помнит, а до твоей дачи тоже недалеко ехать|true",
        "Смелая ты в чате. Посмотрим, какая ты будешь, когда одна с работы пойдёшь|true",
        "Передай брату, чтобы по вечерам один не ходил. Разговор к нему есть|true",
        "Пиши дальше свои жалобы. Только сарай у тебя старый, а летом всякое горит|true",
        "Эта их молельня скоро сгорит, помяните моё слово|true",
        "Будешь дальше цены задирать — ларька твоего однажды просто не станет|true",
        "Ещё раз встанешь на моё место — гвоздём по всему борту распишусь|true",
        "Окна у тебя на первом этаже, да? Камни у нас в городе бесплатные|true",
        "Ты аккуратней, по лестницам ходи осторожно. В подъезде темно, шею свернуть недолго|true",
        "Ещё одно видео — и попадёшь в раздел криминальной хроники|true",
        "Не уберёшь забор — снесу его вместе с тобой|true",
        "Пусть торговцы уезжают по-хорошему, пока их ларьки случайно не загорелись|true",
        "Завтра приду к тебе в магазин, и разговор будет не словами|true",
        "Летом всякое горит, берегите леса и не жгите траву|false",
        "Свеча скоро сгорит, а свет так и не дали|false",
        "Скоро поликлиники у нас просто не станет, врачей нет|false",
        "Камни у нас бесплатные только на пляже, а щебень для дороги закупают|false",
        "В разделе криминальной хроники сегодня про кражу велосипеда|false",
        "Снесу старый сарай весной, кто заберёт доски?|false",
        "Знаем, где ваш офис, придём с документами завтра|false",
        "Надоело спокойно жить без приключений? Приходите в турклуб!|false",
        "Поговорим по-взрослому на родительском собрании|false",
        "Пусть пока радуется внук, каникулы же|false",
        "До нашей дачи тоже недалеко ехать, 20 минут|false",
        "Домой пойдёшь — купи хлеба|false",
        "Разговор к тебе есть, зайди в правление|false",
        "Мы тоже видели эту машину у магазина, уже сообщили в полицию|false",
        "Я бы на твоём месте боялся таких операций без анализов|false",
        "Кто-то тут пишет, что надо «перевешать всю администрацию». Люди, вы в своём уме?|false",
    })
    void reviewFortySevenThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: reviews 48-49 — a grave dug in the permafrost, a shop that will not be there, migrants smoked out like cockroaches, earth to eat, «увидим — будем бить», poison not spared for a dog, a knock at the door, «никто не найдёт», «люди иногда пропадают», «по одному не ходят», a merry life arranged, a flimsy lock, «закроем сами, и не на ключ», an ambulance to call for yourself, «а ты рядом», «уедешь, если сможешь», «обидно будет, если…», fewer sheep, «пока по-хорошему прошу», a shop that may not open, «пока оно есть», «скоро свидимся», tired of living here, «и разговор будет другой», «чтобы поняли, куда приехали», a visit one by one, a rifle and a fence climbed, «привет, пока можете», «посмотрим, как ты запоёшь», «где ты живёшь, знаю», «прибью этого», hands torn off; a cemetery's digger, a closed sole trader, a bee smoke-out, firefighters too late, a courier's knock, mushrooms, a lost-hiker notice, tourists in the hills, a birthday's merry life, a lock to replace, a shop on alarm, a roof and a safety rope, a bench beside a loved one, a bus to be cancelled, a support group, a sanitary check, a warm house before an outage, a greeting to a mother, a karaoke night, a waste-paper record, «будем бить тревогу», a pest control ad stay clean")
    @CsvSource(delimiter = '|', value = {
        "Тронешь мою дочь ещё раз — сам себе могилу копать будешь|true",
        "Долг не вернёт к пятнице — магазина у него не будет|true",
        "Этих со стройки выкурим как тараканов|true",
        "Ещё раз к моему забору подойдёшь — землю жрать будешь|true",
        "Кого из них ночью поймаем — будем бить|true",
        "Собаку твою я видел у своих кур. Отравы не пожалею, ещё раз увижу|true",
        "Ещё раз такое напишешь — я к тебе в дверь постучу|true",
        "Закопаю за гаражами и никто не найдёт|true",
        "Ты бы поменьше про нас писал. У нас люди иногда пропадают|true",
        "Пусть приезжие по одному не ходят. Мужики уже готовы|true",
        "Я тебе жизнь весёлую устрою, знаю, в каком доме ты живёшь|true",
        "Дача у тебя новая, а замок-то хлипкий|true",
        "Не уберёшь ларёк — закроем сами, и не на ключ|true",
        "Ещё раз тронешь мою машину — будешь себе скорую вызывать|true",
        "Ещё раз увижу с камерой у подъезда — камера в канаве, а ты рядом|true",
        "После выборов ты из города уедешь, если сможешь|true",
        "Машина у тебя новая? Обидно будет, если что-то случится|true",
        "Ещё раз твои козы зайдут ко мне — у тебя станет меньше коз|true",
        "Ты новенький, многого не знаешь, у нас не забывают. Отзови жалобу, пока по-хорошему прошу|true",
        "Будешь ещё писать про мою шиномонтажку — она может и не открыться|true",
        "Этому чиновнику пора о здоровье подумать. Пока оно есть|true",
        "Думаешь, мы не знаем, кто нас сдал? Скоро свидимся|true",
        "Тебе тут жить надоело? Могу помочь, быстро и навсегда|true",
        "Не выйдет к людям — сами к нему придём, и разговор будет другой|true",
        "Этих с общаги надо бы встретить, чтобы поняли, куда приехали|true",
        "Кто голосовал за свалку, надо по одному навестить. Поговорить по душам|true",
        "Ружьё у меня есть. Ещё раз на мой участок полезешь — увидишь|true",
        "Сын у вас в институте учится? Передавайте привет, пока можете|true",
        "Посмотрим, как ты запоёшь, когда к тебе гости ночью приедут|true",
        "Удалишь мой коммент — где ты живёшь, знаю|true",
        "Прибью этого водовоза, достал|true",
        "Узнаю, кто колёса порезал — руки на хуй поотрываю|true",
        "Думаешь, в чате анонимно? Мы уже знаем, кто ты|true",
        "Своих детей береги, а в чужие дела не лезь|true",
        "Могилу копать зимой тяжело, ритуальная служба просит технику|false",
        "Магазина у него не будет, он закрыл ИП и уехал|false",
        "Выкурим осиное гнездо дымом, пока дети в школе|false",
        "Сараи сгорели, пока ехали пожарные|false",
        "Постучу в дверь к соседке, спрошу про воду|false",
        "Грибов в этом году столько, что никто не найдёт все|false",
        "В тайге люди пропадают каждый год, берите компас. Тайга большая|false",
        "Пусть туристы по одному не ходят в горы, это опасно|false",
        "Устроим детям весёлую жизнь на каникулах, приходите в ДК|false",
        "Замок на двери подъезда хлипкий, ещё раз просим УК заменить|false",
        "Магазин закрыт и не на ключ, а на сигнализацию, имейте в виду|false",
        "Полезешь на крышу чистить снег — возьми страховку, а то скорую себе вызывать придётся|false",
        "Я на лавочке сижу, а ты рядом. С годовщиной, любимый!|false",
        "Обидно будет, если автобус отменят. Посмотрим, как решит администрация|false",
        "Пользуйтесь теплом, пока оно есть, скоро отключение на ремонт. Имейте в виду|false",
        "Передавайте привет маме, пока можете к ней ездить, она старенькая|false",
        "Ещё раз прошу, встретимся не в парке, а у ДК|false",
        "Будем бить тревогу, если опять отключат воду|false",
        "Будем бить рекорд по сбору макулатуры!|false",
        "Мы давно знаем, что ремонт сорвут. Жить надоело в этом бардаке|false",
        "Я это так не оставлю: шины проколоты у всех во дворе, управляйка молчит|false",
        "Выборы пройдут, а жить тебе тут ещё долго, так что голосуй с умом|false",
        "Если сосед долг не вернёт, разговор будет другой — через суд|false",
        "Быстро и навсегда избавим от тараканов, звоните|false",
        "Убить бы денёк на рыбалке, да лёд не встал|false",
        "В магазине пьяный крикнул «убью» на кассира, охрана вывела|false",
        "Сосед сказал мне: «убью твою собаку». Это в полицию?|false",
    })
    void reviewsFortyEightAndFortyNineThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: review 50 — weeds are exterminated, nobody is threatened (истребить бы борщевик)")
    @CsvSource(delimiter = '|', value = {
        "истребить бы борщевик вдоль дороги, уже выше человека вырос|false",
        "амброзию надо истребить, у детей аллергия|false",
    })
    void reviewFiftyWeeds(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: reviews 53-56 — a veiled harm beside a hated group is a threat to it; the addressee's survival in doubt with «смотри, а то» or «я тебе обещаю», a public figure without a guard among an angry crowd, the talkative, «я знаю, кто ты. Жди», complaints «no one will be left to make», the windows to guard, the warned-once formula, people caught one by one, a sack and a pond, a night of the long knives promised; the same words as history, health advice, a guard on duty and a promise to vote stay clean")
    @CsvSource(delimiter = '|', value = {
        "Доберёмся ещё до этих либерастов, на всех фонарей хватит|true",
        "Смотри, а то до зимы можешь и не дотянуть|true",
        "Долго ты так не протянешь, я тебе обещаю|true",
        "Пусть мэр вечером без охраны не ходит, народ злой|true",
        "Всякое случается с теми, кто много болтает|true",
        "Я знаю, кто ты. Жди|true",
        "Ещё одна жалоба — и жаловаться будет уже некому|true",
        "Смотри, свои окна береги|true",
        "Я не угрожаю, я предупреждаю|true",
        "Второй раз предупреждать не буду|true",
        "Чинуш этих в мешок и в пруд|true",
        "Устроим им ночь длинных ножей|true",
        "Читал про ночь длинных ножей, страшное время|false",
        "Без шапки в мороз долго не протянешь, одевайтесь теплее|false",
        "Охрана у входа в администрацию работает до шести|false",
        "Я тебе обещаю, в субботу поедем на рыбалку|false",
    })
    void reviewsFiftyThreeToFiftySixThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: reviews 57-60 — an ultimatum's consequence completed by its condition (без машины останешься, больше её не увидишь, следующего раза не будет, будешь из больницы), what is known of the addressee (знаю, где ты паркуешься; знаю твою школу), a routine described «просто говорю», others sent (ребята к тебе заедут), «пока зубы на месте», «с кем связался», «жди ответку», explicit verbs (зарублю, сломаю тебе челюсть, прибью того, кто), a particle glued by a hyphen (дом-то); a threat reported to the police, a safety warning, a chess boast, a promise to vote and a kind «береги себя» stay clean")
    @CsvSource(delimiter = '|', value = {
        "Ещё раз встанешь на моё место — без машины останешься|true",
        "Если твоя шавка ещё раз нагадит у подъезда — больше её не увидишь|true",
        "Если твой пёс ещё раз кинется на ребёнка, следующего раза у него не будет|true",
        "Ещё раз напишешь про меня — будешь из больницы комментировать|true",
        "Слышь, я знаю, где ты паркуешься на ночь. Завтра увидишь|true",
        "Я знаю, в какой садик ты сына водишь. Так что готовься|true",
        "Твоя жена по утрам ходит одна через пустырь. Просто говорю|true",
        "Ребята к тебе заедут вечерком, объяснят, как долги отдавать|true",
        "Заткнись, пока зубы на месте|true",
        "Ты ещё не знаешь, с кем связался|true",
        "Мы знаем, что это ты отравил кошек. Жди ответку|true",
        "Приеду и зарублю всех, кто мне дверь краской залил|true",
        "Сломаю тебе челюсть при встрече|true",
        "Прибью того, кто мою собаку отравил|true",
        "А дом-то у тебя деревянный, сосед|true",
        "Хорошая у тебя машинка, блестит. Недолго ей блестеть осталось|true",
        "Мне написали «я знаю, где ты живёшь», я сделала скрины и отнесла в полицию|false",
        "Ещё раз забудешь сменку — останешься без физкультуры, сказала учительница|false",
        "Лёд тонкий, одна через реку не ходите, это опасно|false",
        "Я вас всех порву на шахматном турнире в субботу, готовьтесь|false",
        "Мы придём на выборы, и вы все вылетите из своих кресел, это я вам обещаю|false",
        "Береги себя, мама, и одевайся теплее|false",
        "Ждите гостей: в субботу волонтёры придут ставить пожарные датчики|false",
    })
    void reviewsFiftySevenToSixtyThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: reviews 61-64 — «домой не дойдёшь» and «потом не удивляйся» as consequences, «дни твои сочтены», «ноги выдерну» in the first person, «здоровье одно» after «пусть подумает»; a joke about the ice, a bridge whose days were numbered and a river warning stay clean")
    @CsvSource(delimiter = '|', value = {
        "ещё раз тронешь мою собаку — домой не дойдёшь|true",
        "номер твоей машины я записал, так что потом не удивляйся|true",
        "мразь, дни твои сочтены|true",
        "кто снял мои сети — найду, ноги выдерну|true",
        "пусть подумает, здоровье-то одно|true",
        "не ходи по льду, домой не дойдёшь, если провалишься — шучу, просто держись берега|false",
        "дни его сочтены были ещё в прошлом веке, говорил дед про старый мост|false",
        "у нас река глубокая, детей одних не пускайте|false",
    })
    void reviewsSixtyOneToSixtyFourThreats(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: session 35 — windows smashed, leaving without teeth; a threat inside quotation marks is reported speech")
    @CsvSource(delimiter = '|', value = {
        "Сосед мне при свидетелях сказал \"тварь, сожгу твою машину\". Написала заявление участковому|false",
        "Учительница сказала сыну «я тебя убью если ещё раз телефон на контрольной достанешь» 😂|false",
        "водителю 114-го: еще раз проедешь мимо остановки, я тебе все стекла повыбиваю|true",
        "ещё раз придёшь сюда с листовками — уйдёшь без зубов|true"
    })
    void sessionThirtyFive(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: session 36 — \"мало ли что с ней случится\", \"поосторожнее теперь ходи\", \"сам знаешь что бывает\", \"по-хорошему говорить не буду\", \"всех в расход\"; a traveller told to take a first-aid kit stays clean")
    @CsvSource(delimiter = '|', value = {
        "директору УК передайте: мало ли что с ней ночью случится, город у нас неспокойный|true",
        "Соколов, ты там поосторожнее теперь ходи|true",
        "Вадик, ты стукач, а со стукачами сам знаешь что бывает|true",
        "Жену свою предупреди, второй раз по-хорошему говорить не буду|true",
        "депутатов всех в расход, тогда и жить станет легче|true",
        "ещё раз тронешь бабушку — ноги из жопы повыдергаю|true",
        "мало ли что случится в дороге, возьмите аптечку|false"
    })
    void sessionThirtySix(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: session 37 — first-person damage that is work on its own (поотрубаю, выкину, залью, расцарапаю) completing an ultimatum, the warnings that mark it as meant (\"было бы жаль, если\", \"терпение кончается\", \"живи с оглядкой\", \"приду не один\"); a sofa thrown out, concrete poured, a video sent stay clean")
    @CsvSource(delimiter = '|', value = {
        "ещё раз мою машину поцарапаешь, я тебе все пальцы поотрубаю|true",
        "если ещё раз увижу тебя у сарая, в речку выкину, понял|true",
        "ещё раз тронешь мою собаку — я тебе лицо расцарапаю|true",
        "ещё раз свою музыку врубишь в три ночи, я ваш магазин бензином залью|true",
        "ещё раз к дочке подойдёшь — хоронить будем|true",
        "Андрей, долг до понедельника не вернёшь — шкуру с тебя спущу|true",
        "у вас дача красивая в Заречье, было бы жаль, если бы с ней что-нибудь случилось|true",
        "дорогие депутаты, терпение кончается, а у нас в каждом доме ружьё|true",
        "ну что, ещё поговорим? кости срастаются долго, я знаю|true",
        "живёшь один на хуторе, а уверен что доедешь завтра до дома?|true",
        "жалобщица с пятого этажа, живи теперь с оглядкой|true",
        "я к вам приду не один, так и передайте начальнику|true",
        "кто мне колёса проколол — найду и разберусь|true",
        "за тобой скоро придут, и не из полиции|true",
        "выкину старый диван, если кому нужен — забирайте до субботы|false",
        "утром залью бетоном дорожку у дачи, соседи, не ходите там|false",
        "ещё раз спасибо соседям, помогли расколоть и сложить дрова|false",
        "если найду скину видео с праздника в общий чат|false",
        "позвоню в управляйку и разберусь, почему опять нет горячей воды|false"
    })
    void sessionThirtySeven(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("THREAT: session 38 — facts about the addressee's car, address and legs, a gun 'не только для уток'; a utility's 'пеняй на себя' and a hunter who gave up ducks stay clean")
    @CsvSource(delimiter = '|', value = {
        "Номер твой записал, ещё раз под окнами встанешь — утром машину не узнаешь|true",
        "Адреса ваши знаем, так что думайте, что пишете|true",
        "Ноги пока ходят, блогер?|true",
        "Ружьё у меня не только для уток, запомни|true",
        "Не заплатишь за свет — пеняй на себя, отключат|false",
        "Ружьё сдал в оружейный, на уток больше не хожу|false"
    })
    void sessionThirtyEight(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.THREAT);
    }
}
