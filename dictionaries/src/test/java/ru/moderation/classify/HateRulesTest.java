package ru.moderation.classify;

import static ru.moderation.classify.Checks.assertClean;
import static ru.moderation.classify.Checks.assertFlagged;
import static ru.moderation.classify.Checks.assertNotFlagged;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("HATE: slurs, group + dehumanizing word, group + call to expel or kill")
class HateRulesTest {

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("ethnic, national and religious slurs are flagged")
    @ValueSource(strings = {
        "хохол", "хохлы", "Опять хохлы всё испортили", "чурка", "Понаехали чурки", "жиды", "Везде жиды",
        "пиндосы", "хачи", "Хачей развелось", "кацапы", "москали", "черножопые", "понаехавшие", "Рынок захватили понаехавшие"
    })
    void ethnicSlurs(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("slurs by orientation and political views are flagged")
    @ValueSource(strings = {"педики", "Гомики опять вышли", "либерасты", "Ватники всё поддержат", "укропы"})
    void otherSlurs(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a group next to a dehumanizing word is flagged ('X — не люди')")
    @ValueSource(strings = {
        "Таджики — не люди",
        "Мигранты это не люди",
        "Цыгане вообще не люди",
        "Эти приезжие — паразиты",
        "Цыгане — животные",
        "Мигранты хуже скотов, это звери",
        "Кавказцы — дикари",
    })
    void dehumanizing(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("professions, residence and political views can be dehumanized too")
    @ValueSource(strings = {"Врачи — паразиты", "Москвичи это не люди", "Либералы — крысы", "Учителя — скоты"})
    void softGroupsDehumanized(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a nation or faith called criminals, or a group called a burden, is hate")
    @ValueSource(strings = {"Цыгане все воры", "Мусульмане — террористы", "Таджики понаехали, житья нет",
        "Инвалиды — обуза для общества", "Бабы — дуры"})
    void stereotypes(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("…but a call to remove officials is political criticism, not hate")
    @ValueSource(strings = {"Гнать таких чиновников в шею", "Депутатов надо гнать с выборов", "Учителя у нас хорошие",
        "Чиновники — воры", "Депутаты все воры"})
    void politicalCriticismOfProfessionsStaysClean(String text) {
        assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a group next to a call to expel or kill is flagged ('гнать всех X')")
    @ValueSource(strings = {
        "Гнать всех мигрантов из города",
        "гнать всех цыган",
        "Надо выселить всех цыган",
        "Таджиков депортировать!",
        "Смерть мигрантам",
        "Бей кавказцев",
        "Всех приезжих перестрелять",
        "Понаехавших гнать",
    })
    void incitement(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("neutral mentions of nationalities, religions, sex and age stay clean")
    @ValueSource(strings = {
        "В нашем городе живут русские, татары и украинцы",
        "Мусульмане отмечают Курбан-байрам",
        "Православные и католики празднуют Рождество в разные дни",
        "В синагоге прошла встреча евреев города",
        "Мигранты работают на стройке нового детского сада",
        "Для пенсионеров откроют новый социальный маршрут",
        "Женщины и мужчины старше 60 лет могут записаться на прививку",
        "Студенты и школьники помогли убрать парк",
        "Цыганский ансамбль выступит на Дне города",
        "Армяне, грузины и азербайджанцы живут в нашем районе много лет",
    })
    void neutralMentionsStayClean(String text) {
        assertClean(text);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a group word near an ordinary word is not hate")
    @ValueSource(strings = {
        "Люди ждут автобус уже час, пенсионеры мёрзнут",
        "Мигранты тоже люди, им нужна помощь",
        "Женщины — это не только мамы",
    })
    void groupInOrdinaryContext(String text) {
        assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("more slurs and group hostility: slurs by nation, faith and residence; one adjective between; 'не место'")
    @ValueSource(strings = {
        "азеры опять всё скупили", "китаёзы скупили всю землю", "армяшки опять музыку врубили", "татарва понаехала",
        "цыганву выселить из города", "нацмены пусть едут домой", "коммуняки опять за своё",
        "православнутые мракобесы", "киргизы — тупое стадо", "женщинам не место в администрации",
        "вьетнамцы едят собак, гнать их", "москвичи — зажравшиеся сволочи", "деревенщина пусть сидит у себя",
    })
    void moreGroupHostility(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("officials are not a protected group: insulting them is INSULT, and a denied stereotype is not hate")
    @ValueSource(strings = {
        "Чиновники — паразиты", "депутаты дебилы, голосуют за что скажут", "чиновники — быдло в галстуках",
        "Не все мигранты преступники, не надо обобщать", "мигранты вон там стоят у магазина",
        "Евреи отмечают Хануку в центре города", "пенсионерам не место в очереди в МФЦ?",
    })
    void notHate(String text) {
        assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("'скот', would-be criminals, 'пусть валят', 'все X тупые', ageist and professional generalizations")
    @ValueSource(strings = {
        "Таджики — это скот, а не люди", "Все мусульмане — потенциальные террористы",
        "Сектанты-баптисты пусть валят из нашего города", "Все бабы тупые", "Старичьё своё отжили",
        "Все врачи — убийцы",
    })
    void generalizations(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("contempt before a nation, 'ненавижу X', 'X расплодились', 'X-ам запретить'")
    @ValueSource(strings = {"грязные цыгане опять у вокзала", "вонючих таджиков понаехало", "ненавижу евреев",
        "терпеть не могу таджиков", "мигранты расплодились", "таджикам запретить ездить в автобусах"})
    void contemptAndBans(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("the same shapes about things, officials, pests and particular people are not hate")
    @ValueSource(strings = {"я ненавижу снег", "ненавижу наших чиновников", "детям нельзя на площадку после 22",
        "в подъезде кишат тараканы", "тупые школьники опять разбили остановку", "кролики плодятся"})
    void sameShapesNotHate(String text) {
        assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("exclusion and segregation, nation-adjective contempt, criminal stereotypes, people-words at a distance")
    @ValueSource(strings = {
        "Таджикам вход в торговый центр надо запретить", "Сделайте отдельные вагоны для таджиков",
        "детсад только для русских", "не пускайте таджичек в роддом", "вся эта азиатская саранча",
        "нерусские все воруют", "Пенсионеры — бесполезные старые пердуны", "трансы уроды",
        "НЕРУСИ понаехали", "бульбаши опять", "Мигранты — это зараза",
    })
    void exclusionAndStereotypes(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("separate queues, news about crimes and tourist prices are not hate")
    @ValueSource(strings = {
        "Отдельная очередь для пенсионеров в МФЦ", "Экскурсия только для иностранцев дороже",
        "Мигранты украли кабель на стройке, их задержали", "Украинцы себя убивают: новости",
    })
    void separateButNotHate(String text) {
        assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("expulsion anywhere in a comment about a nation, 'в свой аул', 'нерусям не место', orientation slurs")
    @ValueSource(strings = {"Опять эти таджики, скоро русских не останется. Депортировать всех",
        "Армяне захватили весь рынок, пора наводить порядок и вышвыривать их", "Пусть едут к себе в аул молиться",
        "Нерусям не место в нашем городе", "Училки все тупые курицы", "Пидоры везде"})
    void expulsionAndSlurs(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("clergy and medics as a whole, 'должны сидеть дома', townspeople as vermin")
    @ValueSource(strings = {"Попы жирные, все церковники паразиты, гнать их в шею", "Медики все убийцы в белых халатах",
        "Бабы должны сидеть дома, а не в депутаты лезть", "Городские все зажравшиеся твари"})
    void moreGroups(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("generalizations, ranking people, exclusions, disability slurs")
    @ValueSource(strings = {"Таджики все поголовно воры", "мигранты = преступники", "Провинциалы — люди второго сорта",
        "Место бабы на кухне, а не в депутатах", "Узбекам квартиры не сдавать", "Даунов надо в отдельных интернатах держать",
        "Пенсионерьё в поликлинике", "Мужики все козлы и алкаши", "Зумеры вымрут и хорошо"})
    void generalizationsAndRanking(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("firewood, padded jackets, counter-speech and folk crafts are not hate")
    @ValueSource(strings = {"во дворе остались чурки, кто-нибудь заберёт на дрова?", "Раздаём тёплые ватники для бездомных",
        "Слово «чурка» — оскорбление, давайте не будем", "Хохлома и гжель — выставка в музее",
        "Врачи в поликлинике ленивые, не принимают"})
    void everydaySensesAndCounterSpeech(String text) {
        assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("'X вон из', 'генетический мусор', animal words near a nation, 'вход воспрещён'")
    @ValueSource(strings = {"МУСУЛЬМАНЕ ВОН ИЗ НАШЕГО ГОРОДА!!!", "Приезжие из Средней Азии — генетический мусор",
        "На матч понаехали негры, обезьяны натуральные", "Цыганам вход воспрещён", "Лишить гражданства и выслать"})
    void outAndAnimals(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("villages dying out and downshifting are not hate")
    @ValueSource(strings = {"Старики в деревне вымирают, а вы про цифровизацию", "Мигранты кормят бездомных животных"})
    void descriptions(String text) {
        assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("reservations, 'нечего X-ам', 'все до одного'")
    @ValueSource(strings = {"Гастарбайтеров в резервацию", "Детям-инвалидам нечего делать в обычной школе",
        "нечего чёрным квартиры сдавать", "Врачи все до одного убийцы в белых халатах"})
    void reservationsAndExclusion(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("'должны жить отдельно', 'ни одного нерусского', 'вырождение нации', slurs for migrants and gays")
    @ValueSource(strings = {"Узбеки должны жить отдельно, за забором", "Ни одного нерусского в нашем районе не должно быть",
        "Мусульмане все потенциальные террористы", "Геи — это вырождение нации", "Ебучие гастеры опять",
        "Содомитов из города гнать", "Негров ещё не хватало, обезьяны"})
    void segregationAndSlurs(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("peoples of Siberia generalized, 'жёлтая угроза', segregated housing")
    @ValueSource(strings = {"Все якуты пьют, бесполезно им что-то строить", "Кетайцы понаехали, жёлтая угроза",
        "Мигрантов надо селить за городом отдельно"})
    void siberiaAndHousing(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("orientation as a disease, sexist and age death wishes, sterilizing people, new slurs")
    @ValueSource(strings = {"Геи — это извращенцы", "Гомосексуализм это болезнь", "Голубых лечить надо", "Все бабы стервы",
        "Пенсионерам пора на кладбище", "Бомжей надо стерилизовать", "Яжматери опять заняли всю площадку",
        "Укры опять ноют", "Москвичи — те ещё свиньи", "Русская свинья, вот кто ты", "Армяне торгаши все до одного",
        "Верующие все больные на голову"})
    void diseaseSexismAgeSlurs(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("look-alikes of the new hate rules stay clean")
    @ValueSource(strings = {"Бездомных собак надо стерилизовать", "Пенсионеры просят стерилизовать кошек во дворе",
        "Геи и лесбиянки провели пикет, полиция не вмешивалась", "Пенсионерам пора получить перерасчёт",
        "Русская кухня богаче, чем кажется", "Врачи лечили больных всю ночь", "Больные гриппом пусть сидят дома"})
    void newLookAlikes(String text) {
        assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a nation, faith or incomers sent home, kept out or generalized, without a slur")
    @ValueSource(strings = {"Понаехали тут, пусть уезжают к себе обратно", "Таджики пусть едут на родину, нам тут своих хватает",
        "Узбеков отправляйте обратно, работы для своих нет", "Гастарбайтерам тут не место, пусть возвращаются домой",
        "Цыганам жильё не сдавать, потом не выселишь", "Армянам квартиры не сдаём, все они одинаковые",
        "От мигрантов одна грязь, скоро нас тут не останется", "Кавказцы одни бандиты, ни одного нормального",
        "Приезжие пусть у себя на родине порядки наводят, нечего к нам лезть", "Мусульмане пусть молятся у себя, мечеть нам не нужна",
        "Понаехавшим нечего тут делать", "Беженцев гоните обратно, надоели", "Эти гости с юга пусть валят восвояси",
        "Деревенские понаехали — теперь в городе как в хлеву", "Евреи всё под себя гребут, везде их люди",
        "Китайцы скоро заполонят всю область, русских не останется"})
    void groupAndPredicate(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("women, old and disabled people denied jobs, driving, rights or life")
    @ValueSource(strings = {"Бабы за рулём — приговор, запретить им водить", "Женщин на работу не брать, одни больничные",
        "Пенсионеры своё отжили, пусть не занимают очередь", "Слепым нельзя давать права, это очевидно",
        "Старухи зажились, пенсии на них тратить"})
    void socialGroupExcluded(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("'езжай в свой кишлак', 'понаехало вас тут' need no group word")
    @ValueSource(strings = {"Езжай обратно в свой аул, Рашид", "Иди в свой кишлак и там командуй",
        "Понаехало вас тут, слова по-русски не скажете", "Пусть валят в свои аулы"})
    void homeVillage(String text) {
        assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("groups in news, policy debate, counter-speech and complaints stay clean; so do the predicates alone")
    @ValueSource(strings = {"Понаехали машины во двор, пусть едут домой, стоянка не резиновая",
        "Понаехавшие дачники в выходные заняли всю парковку у пруда",
        "Уроки отменили, пусть дети едут домой пораньше",
        "Не все приезжие такие, многие честно работают, нельзя говорить, что все они одинаковые",
        "Мигранты уезжают домой, потому что рубль упал, на стройках некому работать",
        "Полиция задержала троих мигрантов, их отправят на родину по решению суда",
        "В субботу армянская община приглашает на праздник, будут гости с юга и национальная кухня",
        "Нужно ли ужесточить правила въезда для мигрантов? Давайте обсудим на публичных слушаниях",
        "Женщина за рулём автобуса — это нормально, моя соседка водит 20 лет",
        "Суд вынес приговор женщине, которая сбила пешехода", "Охрана, не пускайте пьяных в здание администрации",
        "Пенсионеров не берут на работу после 60, это дискриминация, куда смотрит власть",
        "Пенсионерам квартиры не сдают, приходится жить у детей — помогите",
        "Беженцы из Херсона хотят вернуться домой, но пока некуда",
        "Кто пишет «понаехали, пусть едут домой» — вам должно быть стыдно, это наши соседи",
        "Инвалидам нельзя отказывать в пандусах, это закон", "Мигрантам нечего бояться, если документы в порядке",
        "Женщинам нельзя поднимать больше 10 кг по ТК", "Пенсионерам нельзя водить после инсульта без медкомиссии, так по закону",
        "Старики своё отслужили, теперь им положена льгота", "Уберите их отсюда — я про мусорные баки у подъезда",
        "Цыгане приехали на фестиваль, выступление ансамбля было великолепным", "Гости с юга привезли арбузы, на рынке очередь",
        "Москвичи скупают дачи на берегу, цены выросли вдвое", "Евреи отмечают Хануку, в синагоге зажгли свечи",
        "Узбекистан отправил гуманитарную помощь, грузовики едут обратно пустые",
        "Дети мигрантов учатся вместе с нашими детьми, и это нормально", "Не пускайте детей на лёд, он тонкий",
        "Таджики на стройке работают по 12 часов, а им не платят, пусть прокуратура проверит"})
    void groupPredicateLookAlikes(String text) {
        assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a slur or an expulsion reported to the page is not hate")
    @ValueSource(strings = {"Сына в классе дразнят «хачиком», классный руководитель не реагирует",
        "Меня в очереди обозвали «деревенщиной», до сих пор обидно",
        "Под постом пишут «чурки, валите домой» — админ, удалите, это разжигание"})
    void reportedSlurs(String text) {
        assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a third writer's hate: peoples of the region, words in between, other persons and moods")
    @ValueSource(strings = {"Ногайцам тут не место, пусть кочуют у себя", "Калмыки пусть празднуют у себя в степи",
        "Ингушам квартиры не сдавайте, потом не выселишь", "Не продавайте им землю, это же чеченцы",
        "Лезгин на работу не берите ни одного", "Чечены пусть выметаются к себе в Чечню",
        "Узбечки рожают без меры, скоро нас выживут", "У кавказцев это в крови, только силу понимают",
        "Цыганский табор снова у моста, от них воняет", "Таджиков отправьте в Таджикистан",
        "Нечего им тут делать, этим киргизам", "Армяне везде своих тащат", "Евреям верить нельзя",
        "Старухи эти поскорее бы вымерли", "Женщины не могут быть главами, это всем ясно",
        "Мечеть эту спалить бы к чертям, мусульмане пусть молятся дома"})
    void thirdWriterHate(String text) {
        Checks.assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("the same words in neutral, protective and everyday sentences stay clean")
    @ValueSource(strings = {"Калмыцкий ансамбль выступит в субботу в ДК", "Машинам не место на тротуаре",
        "Не сдавайте бутылки в этот пункт, там обвешивают", "Пенсионеры, не берите кредиты по телефону",
        "Казахская община собрала гуманитарку для погорельцев", "Нечего на мигрантов всё валить, свои тоже воруют",
        "Старики в деревне вымерли, школу закрыли", "Ещё раз спасибо армянской общине за помощь",
        "Я против любых «понаехавших» разговоров", "В ауле Кордон отремонтировали клуб",
        "Мусульманские семьи тоже получают участки по закону", "Не пускайте детей на лёд"})
    void thirdWriterLookAlikes(String text) {
        Checks.assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("a fourth writer's hate: the group inventory, contempt, segregation and sending away in every mood")
    @ValueSource(strings = {"Узбеков на работу в управляющую компанию не брать, пусть едут в свой Ташкент",
        "Эти северяне всё скупают, пусть собирают чемоданы", "Грузины в нашем районе это отдельный вид людей",
        "Армяне всё под себя подмяли, знаем мы эту нацию", "Цыгане — народ воров, что с них взять",
        "Старики зажились, чем раньше их поколение уйдёт, тем лучше",
        "Инвалидов надо держать в интернатах, подальше от нормальных людей",
        "Чеченцев надо гнать из города, пока их всех не выдворят", "Вы тут никто, понаехавшие, запомните это",
        "Мусульманам квартиры не давайте, они потом весь подъезд заселят", "Таджики — каждый второй вор, у них это в крови",
        "Женщина не может быть хорошим мэром", "Этих геев надо в тюрьму сажать", "Адыги пусть валят в свою Адыгею",
        "Бабы должны дома сидеть, а не в мэрии", "Кубань для кубанцев, остальные на выход",
        "Пенсионерам нечего делать в поликлинике по утрам, пусть приходят вечером, когда нормальных людей нет",
        "Аутистов изолировать, нечего нормальных детей пугать", "Лгбт быть не должно в нашем городе, это болезнь",
        "Кто не русский — пусть собирает чемодан", "Женщины-водители все они такие, типичная курица"})
    void fourthWriterHate(String text) {
        Checks.assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("the fourth writer's words in neutral, historical, protective and everyday sentences stay clean")
    @ValueSource(strings = {"Беженцам из Белгородской области выдали жильё, не давать им помощь было бы бесчеловечно",
        "Северяне массово переезжают на Кубань, новостроек без школ слишком много",
        "Для детей-инвалидов нужна отдельная площадка с мягким покрытием, просим администрацию",
        "Армяне, греки и адыги вместе отметили праздник урожая", "Цыганский ансамбль выступил вместе с жителями станицы",
        "Татары, Орда и захватчики — тема урока истории в шестом классе", "Немецкие оккупанты сожгли станицу в 1942 году",
        "Мигрантов не брать на работу без патента — это закон", "Эти люди с Азии помогали разбирать завалы после урагана",
        "Не брать трубку с незнакомых номеров: мошенники звонят от имени мэрии", "Сделайте для собак отдельную площадку где-нибудь подальше",
        "Кто сказал, что все цыгане такие? Не обобщайте", "Никакие они не «понаехавшие», нормальные соседи",
        "Пишут про «жидов во власти» — админы, удаляйте такое", "Старые люди часто не умеют пользоваться Госуслугами, сделайте консультации",
        "В изоляции больные ковидом, не ходите к ним", "Пруфов не завезли, как обычно"})
    void fourthWriterLookAlikes(String text) {
        Checks.assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("review 20: groups kept out, sent home, the young, buying up")
    @ValueSource(strings = {"Женщин к руководству вообще подпускать нельзя", "Пенсионеры пусть дома сидят, а не в поликлиниках очереди создают", "Армяне опять всё скупили в центре", "Молодёжь сейчас ни на что не годны, только телефоны", "Таджиков бить надо", "Деревенщины понаехали, сидели бы у себя"})
    void review20HateFlagged(String text) {
        Checks.assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("review 20: the same halves in ordinary sentences stay clean")
    @ValueSource(strings = {"Детей к воде без взрослых подпускать нельзя", "Пусть дома сидят, кто болеет, — просит поликлиника", "Перед праздником все скупили хлеб в магазине", "Молодёжь города приглашают на субботник", "Разве законно отказывать по национальности в аренде? Видела такое объявление", "Кто-то выше пишет, что цыгане всё захватили. Стыдно такое повторять"})
    void review20HateClean(String text) {
        Checks.assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("HATE: hostility to peoples, faiths and women in more shapes (урус, \"X для Y\", \"пусть в своих храмах сидят\", \"пусть у плиты стоят\") is flagged")
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
    void republicPeoplesFaithsAndPlaces(String text) {
        Checks.assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("HATE: neutral mentions of the republic's peoples, faiths and holidays stay clean")
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
    void republicPeoplesLookAlikesStayClean(String text) {
        Checks.assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("HATE: slurs in forum spellings and cases the dictionary does not know")
    @ValueSource(strings = {
        "Опять хахлы понаписали",
        "Этот хахлятский говор слышно с улицы",
        "Ну и хохлина же ты",
        "Какляцкие новости опять врут",
        "Пахнет как от хачей на рынке, торгуют с хачом рядом",
        "Езжай в свой чуркистан",
        "Мамбеты опять весь двор заняли",
        "Москоли понаехали",
        "Америкосы всё развалили",
        "Он вечно к нигерам цепляется",
        "Жидорептилоиды правят миром",
        "Унтерменши не должны голосовать",
        "Очередная лахтодырка отрабатывает свои деньги",
        "Либерашки опять ноют",
        "Ну ты и окатыш",
        "Кастрюлеголовый опять пишет",
    })
    void forumSlurs(String text) {
        Checks.assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("HATE: words that share letters with those slurs stay clean")
    @ValueSource(strings = {
        "На фабрике окатышей новая смена, требуются рабочие",
        "Хачапури в новой пекарне очень вкусные",
        "Жидкое мыло закончилось в школе",
        "Лахта центр видно с набережной",
        "Американцы приезжали на фестиваль",
        "Либеральные реформы обсуждали на лекции",
        "Хахаль соседки опять ставит машину на газон",
        "Кастрюлю забыли на плите",
        "Мамбетов Асан — лучший ученик школы",
    })
    void forumSlurLookAlikesStayClean(String text) {
        Checks.assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("HATE: a camp or a people called beasts, slaves or biomass, with one or two adjectives")
    @ValueSource(strings = {
        "Сталинисты — наглухо отбитые животные",
        "Ватники — рабы",
        "Русские рабы, что с них взять",
        "Стадо украинских свиней опять вопит",
        "Кавказским обезьянам тут не место",
    })
    void campsAndPeoplesAsBeasts(String text) {
        Checks.assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("HATE: their look-alikes stay clean")
    @ValueSource(strings = {
        "Фашисты — звери, помним их злодеяния в День Победы",
        "Крепостные крестьяне были рабами, рассказали в музее",
        "Вспышка чумы у китайских свиней, ввоз запрещён",
        "Сталинисты собрались на митинг у памятника",
        "Украинских беженцев разместили в общежитии",
    })
    void campsAndPeoplesLookAlikesStayClean(String text) {
        Checks.assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("HATE: the peoples of the North, religious dress, rights and schools denied, a vice called national")
    @ValueSource(strings = {
        "Чуркестан, а не город стал",
        "Черти с гор опять весь рынок заняли",
        "Украинцам нельзя давать гражданство",
        "Мусульмане мирными не бывают",
        "Таджики все на одно лицо",
        "Гнать из района всех приезжих",
        "Нетрадиционных лечить надо",
        "Ханты только на пособиях и сидят",
        "Пенсионеров изолировать от общества, пусть вымирают",
        "Эти в хиджабах пусть едут к себе, тут им не место",
        "Цыгане воруют, это у них национальное",
    })
    void northDressRightsAndVices(String text) {
        Checks.assertFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}»")
    @DisplayName("HATE: counter-speech quoting the slur, and neutral mentions of the same groups, stay clean")
    @ValueSource(strings = {
        "Слово «чурка» — это оскорбление, не пишите так",
        "Хватит называть соседей «хачами»",
        "Внука в школе обозвали „чуркой“, учитель молчит",
        "Коренные народы Севера отметили праздник оленеводов",
        "Ханты и манси пригласили всех на праздник",
        "Женщина в хиджабе помогла бабушке перейти дорогу",
        "Мигранты работают на стройке и платят налоги",
    })
    void counterSpeechAndNeutralMentionsStayClean(String text) {
        Checks.assertNotFlagged(text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: a group sent away in мат, worship closed, an obscene adjective on a group, nepotism and freeloading said of a group; the same words without a group stay clean")
    @CsvSource(delimiter = '|', value = {
        "Нахуй всех мигрантов из нашего района|true",
        "Закрыть их молельню надо, мусульмане там собираются|true",
        "Ебучие гастарбайтеры опять мусор у гаражей бросили|true",
        "Армяне своих тянут во все кабинеты|true",
        "Мигрантам жильё за наш счёт дают|true",
        "Женщина за рулём — беда|true",
        "Ремонт дороги опять за наш счёт, а результат ноль|false",
        "Закрыть их магазин надо, торгуют просрочкой|false",
    })
    void reviewTwentySevenHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: «нечего их жалеть» and replacement talk with a group; counter-speech calling a quoted slogan «некрасиво» and stray dogs stay clean")
    @CsvSource(delimiter = '|', value = {
        "Цыгане опять у рынка, нечего их жалеть|true",
        "Мигранты везде, скоро будем меньшинством в своей стране|true",
        "Писать «мигранты пусть уезжают» некрасиво, они тут работают|false",
        "Бездомных собак нечего жалеть, их надо пристраивать в приюты|false",
    })
    void reviewTwentyEightHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: a camp or a people expelled from the country, «пусть только сунутся» and «чтоб свалили» with a group, a woman's place named to her; politics and a country's news stay clean")
    @CsvSource(delimiter = '|', value = {
        "Либералы — предатели, выгнать их из страны|true",
        "Пусть только цыгане сунутся к нам на улицу|true",
        "Приезжих надо прижать, чтоб свалили|true",
        "Смирнова, баба, место твоё на кухне, а не в совете|true",
        "Таджиков выжигать надо всем миром|true",
        "Либералы проиграли выборы в думу|false",
        "Выгнать из страны туристов за нарушение визы может только суд|false",
        "Коммунисты провели митинг у администрации|false",
    })
    void reviewTwentyNineHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: replacement talk said with a group, a group removed from classes, «пятая колонна» sent out of the country; a school's transfers and a population census stay clean")
    @CsvSource(delimiter = '|', value = {
        "Мигранты везде, скоро своих не останется|true",
        "Мечеть построят — коренные сами съедут|true",
        "Таджики кругом, скоро нас тут не будет|true",
        "Детей мигрантов надо убирать из нормальных классов|true",
        "Пятая колонна, выгнать их из страны|true",
        "Мусор надо убирать из дворов каждый день|false",
        "По переписи в районе живут русские, татары и мигранты из Средней Азии|false",
    })
    void reviewThirtyHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: peoples of the North with contempt, a people said to run everything or go about with knives, a group sent to an asylum, a people under a мат adjective, a stupid generation, a group told not to bother the normal ones, a group told to leave; festivals, a prison for bad drivers, knives in a yard, a reported slur and мат at street sweepers stay clean")
    @CsvSource(delimiter = '|', value = {
        "Саамы только и умеют, что пособия получать|true",
        "Евреи опять всем рулят в этом городе|true",
        "Кавказцы с ножами ходят, вот и драки у школы|true",
        "Геям место в психушке|true",
        "Узбеки эти сраные весь двор загадили|true",
        "Блядские узбеки опять всю ночь орали|true",
        "Зумеры — тупое поколение|true",
        "Мигранты пусть не мешают нормальным людям|true",
        "Цыганам с рынка: уезжайте из нашего города|true",
        "Саамы приглашают на праздник Севера в субботу|false",
        "Таким водителям место в тюрьме, а не за рулём|false",
        "Подростки с ножами ходят по двору, вызывайте полицию|false",
        "Мне в магазине сказали «вали в свой Узбекистан», куда жаловаться?|false",
        "Ебучие дворники опять не убрали снег|false",
    })
    void reviewThirtyOneHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: a river bank as a group, a group generalized («все до одного», «все как один», «все истерички»), told it is not needed or has lived enough, a faith ranked below sects; roads of the left bank, a whole team at a clean-up, medicine for children and a people's music stay clean")
    @CsvSource(delimiter = '|', value = {
        "Левобережные — алкаши все до одного|true",
        "Левобережные у рынка торгуют, жулики все как один|true",
        "Заречные на нашем рынке — нам такие не нужны|true",
        "Старики своё пожили, нечего на них деньги тратить|true",
        "Училки все истерички, детей им доверять нельзя|true",
        "Бабы за рулём — права им давать нельзя|true",
        "Православные фанатики хуже любых сектантов|true",
        "Левобережные дороги отремонтируют к осени|false",
        "Все до одного пришли на субботник, молодцы|false",
        "Детям давать нельзя лекарства без врача|false",
        "Цыгане — народ с богатой музыкальной культурой|false",
    })
    void reviewThirtyTwoHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: review 33 — a denomination to be driven out, nothing to be given to a group, no place for wheelchairs, the old to a separate village, bats against incomers; a new Korean café, a quiet weekend and Chinese tourists stay clean")
    @CsvSource(delimiter = '|', value = {
        "Протестанты эти — секта, выгнать их из города|true",
        "Мусульманам не давать ничего, ни земли, ни мечети|true",
        "Инвалидам на колясках нечего делать в автобусе|true",
        "Стариков всех в отдельный посёлок, чтоб не мешали|true",
        "Собираемся у общаги, с приезжими поговорим, биты берите|true",
        "Корейцы открыли новое кафе у моря, вкусно|false",
        "В выходные нечего делать в городе, всё закрыто|false",
        "Китайские туристы скупили все сувениры|false",
    })
    void reviewThirtyThreeHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: review 34 — a threat beside a group named (given=THREAT), licences not to be issued to women, a group with nothing to do in a place (the words turned round), «вас и так слишком много», «все ваши такие же», foreign students to be evicted; a threat to one neighbour, a group without a threat and foreign students' festival stay clean")
    @CsvSource(delimiter = '|', value = {
        "Синагогу эту рано или поздно спалят, и правильно сделают|true",
        "Если эти цыгане ещё раз полезут во дворы — найдём и объясним по-мужски|true",
        "Бабы на дороге опасны, права им вообще выдавать нельзя|true",
        "Инвалидам делать нечего в бассейне, только воду мутят|true",
        "Ты, приезжий, сначала законы выучи. Вас и так слишком много|true",
        "Рустам, ты дурак, и все ваши такие же. Езжайте к себе|true",
        "Иностранных студентов выселить из общежития и отправить домой|true",
        "Сосед, ещё раз машину под окном поставишь — проколю колёса|false",
        "Иностранные студенты устроили фестиваль национальной кухни в парке|false",
        "Приезжих в этом году много, гостиницы все заняты|false",
    })
    void reviewThirtyFourHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: review 35 — neighbours of a Baltic region turned back at the border, a vote taken from a group, a group to be cured, a generation wished gone; Lithuanians at a fair, a call to vote, a report to the moderators and a German station stay clean")
    @CsvSource(delimiter = '|', value = {
        "Поляков этих на границе разворачивать надо|true",
        "Молодёжи право голоса надо урезать, ничего не понимают|true",
        "Геи эти больные, таких лечить надо, а не парады разрешать|true",
        "Литовцев на границе разворачивать надо, всех до одного|true",
        "Пенсионеры всё тормозят, скорее бы их поколение ушло|true",
        "Литовцы приехали на ярмарку янтаря, торговля шла бойко|false",
        "Пенсионерам право голоса никто не урежет, голосуйте|false",
        "Кто пишет тут «гнать всех приезжих» — пожалуйтесь модераторам, это разжигание|false",
        "Немцы построили этот вокзал в 1902 году|false",
    })
    void reviewThirtyFiveHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: review 36 — passports denied to a group, flats not let to a group, «уматывайте к своим», «пусть молятся в своих странах», the slur хачиха; rubbish to be removed, a group selling flowers, passports at the МФЦ, ice to be cleared beside migrant yard-keepers and a people's wages in its own country stay clean")
    @CsvSource(delimiter = '|', value = {
        "Туркам гражданство давать нельзя, паспорта нельзя давать таким|true",
        "Армянам квартиры не сдавали бы, было бы спокойнее|true",
        "Понаехали тут, уматывайте к своим|true",
        "Мечеть не нужна, пусть молятся в своих странах|true",
        "Хачиха с рынка опять обвесила|true",
        "Мусор у остановки убрать надо, третий день лежит|false",
        "Цыгане на вокзале продают цветы|false",
        "Паспорта выдают в МФЦ по записи|false",
        "Мигранты чистят дворы, а наледь на крыльце убрать надо|false",
        "Узбеки в своей стране зарабатывают меньше, вот и едут к нам|false",
    })
    void reviewThirtySixHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: review 37 — people from the mountains as locusts, a stench from a people, the slur джамшут, a mosque not wanted with their order to come, incomers who turned the city into a dump, priests thrown out, hiring only our own; shamans at a festival, mountain singers, tourists' litter, an award, a resident reporting the slur she was called and a quoted slogan condemned stay clean")
    @CsvSource(delimiter = '|', value = {
        "Эти люди с гор как саранча, весь рынок заняли|true",
        "С киргизами в одном доме жить невозможно, от них вонь|true",
        "Джамшуты на стройке опять весь забор изрисовали|true",
        "Мечеть не нужна, завтра они тут свои порядки устроят|true",
        "Приезжие город в помойку превратили|true",
        "Попов в шею, нечего им в школах делать|true",
        "Таджиков на склад не зовите, берите только своих|true",
        "Шаманы провели обряд на Ысыахе, было красиво|false",
        "Люди с гор приехали на фестиваль, выступали с песнями|false",
        "Туристы город в помойку превратили после фестиваля|false",
        "Меня назвали лучшим учителем года!|false",
        "Меня в автобусе обозвали чуркой, стыдно за таких людей|false",
        "Кто пишет про «гнать приезжих» — вам самим не стыдно?|false",
    })
    void reviewThirtySevenHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: review 38 — women kept out of power, help not to be given to incomers, a people to be smoked out or cleared from the town, «все они жулики» of a people; the town cleared of rubbish, migrants clearing snow, a cigarette with builders, the slogan condemned and the indignant question stay clean")
    @CsvSource(delimiter = '|', value = {
        "Женщинам во власти не место, вот и затопило всё|true",
        "Приезжим помощь не давать, пусть свои им помогают|true",
        "Надо выкурить таджиков из подвала на Мира|true",
        "Пора очистить город от приезжих|true",
        "Цыгане у рынка, все они жулики|true",
        "Почистить город от мусора после паводка надо всем миром|false",
        "Мигранты чистят снег во дворах, спасибо им|false",
        "Выкурили по сигарете с узбеками-строителями, нормальные ребята|false",
        "Казахи из соседнего села привезли воду, а кто пишет, что все они жулики, — позор|false",
        "Пенсионерам помощь не давать? Вы в своём уме, администрация?|false",
    })
    void reviewThirtyEightHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: review 39 — Old Believers called a sect, the old slur for Finns, housing not to be let or sold to a people, a people banned from the market, a faith told to pray at home, «станем меньшинством», «враги народа», trade for locals only, a Lutheran church to be burnt; a festival of Old Believers, Karelians in a museum, plots bought by people from St Petersburg, Karelian pies, a fair's rules and pills for children stay clean")
    @CsvSource(delimiter = '|', value = {
        "Старообрядцы — это секта, их надо из района выселить|true",
        "Чухонцы пусть в свою Финляндию уезжают|true",
        "Не надо армянам сдавать квартиры, потом не выселишь|true",
        "Киргизам запретить торговать на нашем рынке|true",
        "Пусть баптисты молятся у себя дома, а не в нашем ДК|true",
        "Узбеки везут семьи, скоро станем меньшинством в своём городе|true",
        "Сектанты эти — враги народа|true",
        "Всех кавказцев с рынка убрать, торговать должны только местные|true",
        "Лютеранскую церковь сжечь надо, нечего тут чужую веру разводить|true",
        "Старообрядцы приглашают на праздник, храм открыт для всех|false",
        "Карелы и вепсы веками жили на этих берегах, в музее есть выставка|false",
        "Питерские в этом году скупили все участки у озера, цены взлетели|false",
        "Не надо карелам объяснять, что такое калитки, сами пекут лучше всех|false",
        "Торговать на ярмарке должны только местные фермеры, так написано в положении|false",
        "Нельзя давать детям таблетки без назначения врача|false",
    })
    void reviewThirtyNineHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: review 40 — Altaians called drunkards, Burkhanists told to clear off, shamanists called a sect, old women called useless rubbish; a Chaga Bayram feast, Burkhanists at their gathering, tourists drinking tea, a historian on shamanism, rubbish in a stairwell, cars on the pavement, Kazakhs at a fair stay clean")
    @CsvSource(delimiter = '|', value = {
        "Алтайцы все алкаши, работать не хотят, только пособия клянчат|true",
        "Эти алтайцы только пьют и воруют, вот и весь их народ|true",
        "Ёбаные бурханисты, убирайтесь с Уймона|true",
        "Шаманисты эти ваши — секта, их всех пересажать надо|true",
        "Старухи эти на лавочках — бесполезный мусор, место только занимают|true",
        "Алтайцы празднуют Чага-Байрам, приходите на площадь|false",
        "Бурханисты собираются на Уймоне каждое лето, это их традиция|false",
        "Туристы только пьют чай в кафе и уезжают, выручки никакой|false",
        "Шаманисты называют себя верующими, а не сектой, объяснил историк|false",
        "Выкиньте этот бесполезный мусор из подъезда, коляски не пройти|false",
        "Машины на тротуаре место только занимают, сделайте парковку|false",
        "Казахи с Кош-Агача привезли мясо на ярмарку, очередь стоит|false",
    })
    void reviewFortyHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: review 41 — Caucasians soon outnumbering Russians, tourists called locusts, liberal volunteers called traitors, women with no place in the administration, Cossacks called parasites, not one Armenian in office, liberals to be stripped of citizenship, Siberians refused flats, a people bringing sharia, old women who should die out, a developer of that nationality, a Russian town with the rest shown out, Muscovites sent back, old people told to stay home and keep out, villagers told to keep out, women drivers called hens, the black crowd never ours, Muscovites' tyres cut; statistics, tourists filming locusts, Cossack patrols, unequal pay, a committee, a court, a landlady who sold, dinosaurs, a lecture, Pushkin, theatre slang, a bus stop, doctors' advice in the heat, bathers and a contractor's crew stay clean")
    @CsvSource(delimiter = '|', value = {
        "Кавказцев в городе скоро больше чем русских будет, не Анапа, а аул|true",
        "Туристы — саранча. Приехали, всё загадили и свалили|true",
        "Эти волонтёры-либералы только и ждут, чтобы всё развалить. Предатели, им тут не место|true",
        "Женщинам в администрации не место, одни истерики и сплетни|true",
        "Казаки ряженые — паразиты, их разогнать и запретить|true",
        "Ни одного армянина в администрацию, хватит им|true",
        "Блогеров-либералов, которые про мазут пишут, надо лишать гражданства|true",
        "Сибирякам квартиры больше не сдаю, они все алкаши и дебоширы|true",
        "Таджики своих женщин в платках понавезли, скоро тут шариат будет|true",
        "бабки ебанутые, которые за этого мэра голосуют, вымерли бы уже|true",
        "Застройщик опять из этих, сами знаете какой национальности. Они везде пролезут|true",
        "Русская Анапа — для русских! Остальные на выход|true",
        "Московские волонтёры — бесполезные хипстеры, нечего им у нас делать, пусть сидят в своей Москве|true",
        "Старики пусть сидят по домам и не лезут в интернет со своим мнением|true",
        "Джеметские — колхозники и деревня, пусть не лезут в дела города|true",
        "Бабы за рулём — курицы безмозглые, опять на кольце встали|true",
        "Вся эта чёрная публика на рынке — не наши люди, и никогда ими не будут|true",
        "Москвичам на номерах 77 шины резать будем, пусть знают|true",
        "Русских туристов в этом году больше чем местных|false",
        "Туристы снимали саранчу на поле, прикольно|false",
        "Казаки патрулируют набережную, стало спокойнее|false",
        "Женщинам в администрации платят меньше, это несправедливо|false",
        "Ни одного армянина в комиссии не было, странно для многонационального города|false",
        "Лишать гражданства могут только по суду|false",
        "Квартиры больше не сдаю, продала|false",
        "Динозавры вымерли бы и без метеорита, говорят учёные|false",
        "Шариат будет темой лекции в университете|false",
        "Сами знаете, какой национальности был Пушкин — арапской крови|false",
        "Остальные на выход, эта остановка конечная|false",
        "Переехал обратно в свою Москву, скучаю по морю|false",
        "Старики пусть сидят по домам в жару, так врачи советуют|false",
        "Пусть не лезут в воду при красном флаге|false",
        "Это не наши люди, это приезжая бригада подрядчика|false",
        "Хозяйка гостевого дома, сожгу твою халупу, если залог не вернёшь|false",
        "Полиция задержала мигранта за кражу — и что? Русские тоже воруют. Национальность тут ни при чём|false",
    })
    void reviewFortyOneHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: review 42 — Roma sent to the camp, migrants with no rights, a Roma village to be moved far away, not one Russian face left, a ban on flats for non-locals, Shors who only drink, a people made up for benefits, a Shor called a savage; the Shors and Teleuts as peoples, clinics for non-locals, rubbish taken away, an advert with no Russian word, an alcohol ban, pensioners' benefits stay clean")
    @CsvSource(delimiter = '|', value = {
        "Сам ты урод, а цыганам вашим место в таборе, а не в нашем районе|true",
        "Мигрантам — никаких прав, никаких пособий, никакой медицины.|true",
        "Цыганский посёлок снести, а их самих вывезти куда подальше.|true",
        "понаехали с Таджикистана, скоро в городе ни одного русского лица|true",
        "Приезжие задирают цены на жильё, надо ввести запрет на покупку квартир для неместных.|true",
        "Шорцы эти только пьют и пособия получают, зачем им вообще земли давать.|true",
        "Телеутов никаких уже нет, выдумали себе народ ради льгот.|true",
        "Ты, шорец, вообще молчи, дикарь.|true",
        "Шорцы — коренной народ Кузбасса, у них свой язык и культура.|false",
        "Телеуты живут в Беловском районе, у них свой праздник.|false",
        "Неместные тоже могут записаться в поликлинику по полису.|false",
        "Вывезти мусор куда подальше от домов просили жители.|false",
        "В объявлении ни одного русского слова, одни английские.|false",
        "Запрет на покупку алкоголя после 22 часов продлили.|false",
        "Пенсионерам никаких прав на льготы не дали, опять.|false",
        "В те времена женщины не имели почти никаких прав.|false",
    })
    void reviewFortyTwoHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: review 43 — a Roma house burnt and fewer of them, apes from the mountains, not one of them in our yard, Muslim women on our benefits, prayer back in the auls, pensioners without a ballot, the diaspora under watch, a religion of terrorists, LGBT people out and treated by force, Turkish children in separate classes, the Cossack breed; a zoo, Turkish builders, a stanitsa's festival, potholes, a landfill, a car park, a passport, dogs tagged, alcoholics, utility workers, and counter-speech about Islam stay clean")
    @CsvSource(delimiter = '|', value = {
        "Сгорел цыганский дом — и правильно, меньше их будет|true",
        "Обезьяны с гор опять на своих приорах гоняют по Платовскому|true",
        "Ни одного чурбана в нашем дворе не будет, ни одного|true",
        "Рожают по десять штук, а потом на наши пособия живут, эти ваши мусульманки|true",
        "Мечеть строить не дадим, здесь русская земля, пусть едут молиться к себе в аулы|true",
        "Бабки-пенсионерки тупые и зомбированные, им вообще нельзя бюллетень давать|true",
        "Кавказская диаспора — это мафия, всех под надзор, всех на учёт|true",
        "Ислам — религия террористов, и мечеть эта станет рассадником|true",
        "ЛГБТ — вон из нашего города, таких лечить принудительно надо|true",
        "Турчат в школе надо в отдельные классы, чтоб наших детей не портили|true",
        "Казачьё ряженое — паразиты на бюджете, вся эта порода только пить и нагайкой махать умеет|true",
        "Обезьяны в зоопарке Ростова родили детёныша.|false",
        "Турецкие строители закончили школу, турчата из соседнего посёлка ходят в неё.|false",
        "Казачья станица празднует день основания.|false",
        "Меньше их будет, этих ям на дороге, когда отремонтируют.|false",
        "Вон из нашего города мусорный полигон!|false",
        "В нашем дворе не будет новой парковки, решили жители.|false",
        "Без паспорта нельзя бюллетень давать, так сказали в комиссии.|false",
        "Собак всех на учёт, поставить метки — предлагают волонтёры.|false",
        "Лечить принудительно алкоголиков предлагают депутаты.|false",
        "Коммунальщики на наши деньги живут, а трубы текут.|false",
        "Ислам — не религия террористов, хватит повторять эту чушь|false",
        "Хватит говорить, что ислам — религия террористов|false",
    })
    void reviewFortyThreeHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: review 44 — Estonians banned from entry, the Roma as no people, Armenians driven from the market, the Caucasian mafia driven out, Estonians as fascists kept out, a hatred of Estonians, Balts as subhumans, Old Believers as a sect, the Seto as no people, the Baltic vermin; the Seto's festival, the Old Believers' chapel, mosquitoes, a sect's leaflets, stray dogs, lorries, schools in quarantine stay clean")
    @CsvSource(delimiter = '|', value = {
        "Эстонцам вообще запретить въезд в Печоры, пусть в свой Тарту катятся|true",
        "Цыгане — это не народ, а образ жизни|true",
        "Армяне на рынке обвешивают, всех их с рынка гнать|true",
        "Кавказская мафия держит весь рынок, выгнать их всех|true",
        "Эстонцы все фашисты, нечего их к нам пускать|true",
        "Ненавижу этих эстонцев на границе, нация надменных тормозов|true",
        "Латыши и эстонцы — недолюди, внуки эсэсовцев|true",
        "Староверы — секта, их моленные надо позакрывать|true",
        "Сету — не народ, а недоразумение, нечего им свои праздники устраивать|true",
        "Вся эта прибалтийская нечисть спит и видит, как нас захватить|true",
        "Сету — малый народ Псковской области, их праздник в августе.|false",
        "Староверы восстановили моленную, приходите на экскурсию.|false",
        "Ненавижу этих комаров, спасу нет.|false",
        "Секта свидетелей раздаёт листовки у магазина, осторожно.|false",
        "Собак с рынка гнать надо, кусаются.|false",
        "Запретить въезд грузовикам в центр давно пора.|false",
        "Школы надо позакрывать на карантин?|false",
    })
    void reviewFortyFourHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: reviews 45 and 46 — the apricot slur for Central Asians, бурятня, a slur for East Asians, Bashkirs called бабаи taking offices, flatbread-named Caucasians who cannot speak Russian, a mosque’s future terrorists, a people all stupid, theft in the blood, whose land the Russians live on, a datsan to be gone, Buryats pulling relatives into posts, townsmen who litter and leave, pensioners to stop voting, women not to be let drive, Tajiks who will never be people, the police all werewolves; dried apricots, flatbread, the Sabantuy, a datsan’s festival, eco-activists’ clean-up, the police thanked, pensioners respected, ‘не надо всё валить на мигрантов’, an inclusive ‘русская земля’ stay clean")
    @CsvSource(delimiter = '|', value = {
        "Урюки опять у магазина толпой стоят|true",
        "Бурятня в администрации все места заняла|true",
        "Эти пиздоглазые туристы везде|true",
        "Бабаи эти всё захватили в районе|true",
        "Эти чуреки двух слов связать не могут|true",
        "Все они в этой мечети будущие террористы|true",
        "Чуваши все тупые, это всем известно|true",
        "Цыгане — у них воровство в крови|true",
        "Приезжие пусть помнят, на чьей земле живут|true",
        "Дацан этот снести, нечего тут его строить|true",
        "Буряты на должности тянут только своих|true",
        "Городские нагадят и уедут, их бы вообще не пускать|true",
        "Пенсионерам пора перестать голосовать|true",
        "Женщин за руль пускать нельзя|true",
        "Таджики пусть работают и молчат, людьми они тут не станут|true",
        "Ментам верить нельзя, все до одного оборотни|true",
        "Урюк и изюм продаём на рынке, недорого|false",
        "Купили чуреки и лаваш на рынке, очень вкусные|false",
        "Бабаи и бабушки на Сабантуе танцевали лучше всех|false",
        "В дацане прошёл праздник, приходили и русские, и буряты|false",
        "Экоактивисты провели субботник на берегу, молодцы|false",
        "Менты приехали быстро, спасибо полиции|false",
        "Пенсионеры своё прожили достойно, уважайте их|false",
        "Не надо всё валить на мигрантов, строят плохо все подрядчики|false",
        "Это русская земля, здесь жили наши предки, и татары, и башкиры — все|false",
        "Татары и башкиры у нас дружно живут, и все ваши праздники мы отмечаем вместе|false",
    })
    void reviewsFortyFiveAndSixHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: review 47 — a market held like a mafia, builders as nothing but crime, «понаехали … города не узнать», a man like all his countrymen who learned two Russian words, «эти с гор» with a dog and a ram, «чёрные везде, куда ни плюнь», sectarians to be dispersed; collectors compared to a mafia, potholes everywhere, black rubbish bags, a prayer house's concert stay clean")
    @CsvSource(delimiter = '|', value = {
        "Армяне держат весь рынок как мафия|true",
        "Эти азиаты на стройке — сплошная преступность|true",
        "Понаехали со всех аулов, города уже не узнать|true",
        "Ты, как и все твои земляки, по-русски два слова выучил и уже нас учит|true",
        "На рынке эти с гор, у них что собака, что баран — всё одно|true",
        "Чёрные везде, куда ни плюнь|true",
        "Эти сектанты — закрыть их лавочку и разогнать|true",
        "Как мафия работают эти коллекторы, пишем в прокуратуру|false",
        "Куда ни плюнь — везде ямы, сделайте дорогу|false",
        "Чёрные пакеты с мусором везде у контейнеров|false",
        "В молельном доме баптистов прошёл концерт, было хорошо|false",
    })
    void reviewFortySevenHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: reviews 48-49 — a people called lazy, Dargins as thieves, «неруси» on the council, «всех чурбанов за забор», black traders all the same, «это племя», «терпеть их не могу», trouble wherever a faith goes, nothing but convicts, they steal all that is not nailed down, masters who act like lords, newcomers who will foul everything, a people that has had its day, «у вас у всех мозги набекрень», the Komi language «толку никакого», «город уже не узнать», «это не народ», a useless generation, no more land for a faith, «пусть кавказцы убираются»; Kalmyks and Russians building together, potholes hated, a holiday's treats, crows, a vote called a fake, a landfill contractor, new parks, Komi lessons, a hard word forgotten, careful words, youth leaving for Moscow stay clean")
    @CsvSource(delimiter = '|', value = {
        "Калмыки ленивые, только праздновать умеют|true",
        "Даргинцы все как один воры, это все знают|true",
        "Нерусям в нашей администрации не место|true",
        "Всех чурбанов — за забор|true",
        "Чёрные все одинаковые|true",
        "Москвичи понаехали, ненавижу это племя|true",
        "Цыгане опять у рынка, терпеть их не могу|true",
        "Мечеть построили. Где мусульмане, там и проблемы|true",
        "К нам из Азии одних уголовников везут, мигранты эти|true",
        "Цыгане у вокзала — эти всё утащат|true",
        "Приезжие ведут себя как баре|true",
        "Деревенские понаедут и всё загадят|true",
        "Калмыцкий язык не нужен, этот народ своё отжил|true",
        "Ты ж татарка, у вас у всех мозги набекрень|true",
        "Зачем нам коми язык, толку от них никакого|true",
        "Понаехали, город уже не узнать|true",
        "Коми это не народ, а так|true",
        "Пенсионеры — бесполезное поколение|true",
        "Мусульманам не давать им больше земли под мечеть|true",
        "Пусть кавказцы убираются с наших пастбищ|true",
        "Калмыки и русские вместе строили этот посёлок|false",
        "Терпеть их не могу, эти ямы на дороге|false",
        "Где мусульмане празднуют Курбан-байрам, там и угощают соседей|false",
        "Вороны всё загадят, если не убрать хлеб с балкона|false",
        "Это не народ голосовал, а накрутка, я считаю|false",
        "Не давать им больше земли под свалку, говорю про подрядчика|false",
        "Город уже не узнать, столько новых парков!|false",
        "Уроки коми языка в школе — это здорово|false",
        "Слово понаехавшие давно пора забыть, кто тут работает, тот и наш|false",
        "Вчера кто-то написал «всех приезжих выгнать». Мой дед сюда приехал и строил посёлок, так что давайте осторожнее со словами|false",
        "Молодёжь уезжает в Москву и правильно делает, пока тут нет работы|false",
    })
    void reviewsFortyEightAndFortyNineHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: review 52 — a whole group judged (врачи сейчас все убийцы, учителя все взяточники, сибиряки дикари, питерцы снобы все до одного, «работать не умеют», «нас ненавидят», «не уважают наши традиции», «ошибка природы», «мигранты дерьмо», «религия войны»), -ьё collectives, exclusions (брать нельзя, лишать родительских прав, знать своё место, пусть не приезжают, ни копейки им, пожили — хватит, место на Колыме), an insult stretched over the group; counter-speech («кто писал…», «не все такие», «это миф», «нельзя так про…»), «как и все женщины» without an insult, an insult with an exclusion but no group, a mayor's place in a hospital stay clean")
    @CsvSource(delimiter = '|', value = {
        "Врачи сейчас все убийцы в белых халатах|true",
        "Учителя все взяточники, а ты их оправдываешь|true",
        "Сибиряки дикари, в тайге выросли|true",
        "Питерцы снобы все до одного|true",
        "Грузины только вино да понты, работать не умеют|true",
        "Приезжие не ассимилируются, они нас ненавидят|true",
        "мусульмане не уважают наши традиции и никогда не будут|true",
        "Лесбиянки не женщины, а ошибка природы|true",
        "Мигранты дерьмо, от них одно дерьмо и остаётся|true",
        "Их вера — религия войны|true",
        "Узбечьё на каждом углу, город не узнать|true",
        "Нерусских в администрацию вообще брать нельзя|true",
        "Геев надо лишать родительских прав|true",
        "Приезжие должны знать своё место|true",
        "Горожане толку от них никакого, пусть не приезжают|true",
        "Пенсионеры сами виноваты, ни копейки им больше|true",
        "Старики только очереди занимают. Пожили, хватит|true",
        "Оппозиционеры живут на деньги Запада, им место на Колыме|true",
        "Сама ты овца, и все феминистки такие же|true",
        "Вы старый маразматик, как всё ваше поколение пенсионеров|true",
        "Кто писал «гнать таджиков с рынка» — они там арендаторы и платят налоги|false",
        "Прочитал в комментах «все менты продажные». У меня брат в ППС, не все такие|false",
        "Мигранты платят за патент, так что «сидят на нашей шее» это миф|false",
        "Нельзя так про пожилых, «скорее бы вымерли» — это ваши же родители|false",
        "Как и все женщины, я люблю цветы на Восьмое марта|false",
        "Этого дегенерата надо лишить прав|false",
        "Нашему мэру место в психушке, он же шизик|false",
        "Врачи сейчас все на вызовах, подождите|false",
        "Питерцы приехали на фестиваль, все до одного довольны|false",
    })
    void reviewFiftyTwoHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: reviews 53-56 — a people's «nature» (ленивый народ, кровь чужая, никогда нашими не станут, генетика такая), a people as disease and conquest (несут болезни, вся зараза от них, скупают нашу землю), below animals or bandits, the well-fed capital, a vice after the group and «все» (башкиры хитрые все), «у нас все» between, traffic police as bloodsuckers and with a vice and a generalization; a beer brand's people, a doctor's patients, a lazy Sunday, a priest praised stay clean")
    @CsvSource(delimiter = '|', value = {
        "Марийцы сами виноваты, ленивый народ|true",
        "Мусульмане никогда нашими не станут, кровь чужая|true",
        "Приезжие несут болезни, вся зараза от них|true",
        "Китайцы скупают нашу землю, скоро всё будет ихнее|true",
        "Мигранты хуже скота, честное слово|true",
        "Москвичи зажрались, а мы тут выживаем|true",
        "Башкиры хитрые все, им палец в рот не клади|true",
        "Учителя у нас все бездари, чему они научат|true",
        "Гаишники кровососы, все как один|true",
        "Гайцы — кровососы, а не полиция|true",
        "Удмурты приехали на фестиваль, хороший народ|false",
        "Врачи у нас все хорошие, спасибо им за маму|false",
        "Ленивое воскресенье, народ отдыхает на набережной|false",
        "Батюшка в нашем храме золотой человек|false",
        "Гаишники сегодня перекрыли Ленина из-за ремонта|false",
    })
    void reviewsFiftyThreeToFiftySixHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: reviews 61-64 — unbelievers and trans people as targets, blame for all ills, «чужие нам люди», «в психушку всех», «каждый второй из них»; a team loyal to its country, market prices and moles in a garden stay clean")
    @CsvSource(delimiter = '|', value = {
        "атеисты — пустые люди, от них все беды|true",
        "мусульмане нам чужие люди, своими не станут|true",
        "трансов в психушку всех|true",
        "у этих приезжих каждый второй из них вор|true",
        "наши ребята из сборной никогда не станут чужими, своими не станут только те, кто уехал играть за другую страну|false",
        "торгаши на рынке подняли цены на картошку|false",
        "от них все беды, говорила бабушка про кротов на огороде|false",
    })
    void reviewsSixtyOneToSixtyFourHate(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: review 67 — a group called rubbish, snobs, thieves; killing called for against a profession; a request to clean the thread stays clean")
    @CsvSource(delimiter = '|', value = {
        "гастарбайтеры — это мусор, который нам подкинула Средняя Азия|true",
        "петербуржцы снобы, считают себя выше всех|true",
        "курьеры сплошь нелегалы, воры и наркоманы|true",
        "ментов надо отстреливать как бешеных собак|true",
        "Прошу модераторов почистить ветку, тут уже пишут, что врачей надо вешать. Это ненормально|false"
    })
    void reviewSixtySeven(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: session 36 — sterilization called for, registration and surveillance, rights taken away, forced treatment, a group dying out \"туда им и дорога\", a faith told to pray at home; cats to be sterilized stay clean")
    @CsvSource(delimiter = '|', value = {
        "умственно отсталых стерилизовать надо, нечего больных плодить|true",
        "не нужна нам ихняя мечеть, там террористов готовят. всех мусульман на учёт и под надзор|true",
        "лишить мигрантов права привозить семьи, нечего их детям в наших школах делать|true",
        "феминистки эти ненормальные все, лечить их надо принудительно|true",
        "пенсионеры-коммунисты — отмирающий вид, скоро сами вымрут, туда им и дорога|true",
        "пусть мусульмане у себя в Таджикистане молятся, здесь Россия|true",
        "пусть эта лесбуха по вечерам одна лучше не ходит|true",
        "кошек бездомных надо стерилизовать, а не травить|false"
    })
    void sessionThirtySix(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: session 37 — generalizations about a whole people (\"одни проблемы\", \"нормальных среди них нет\", \"как вирус\", \"за людей не считают\"), an insult beside a people named; roadworks with \"одни проблемы\", a street called Заречная, \"при чём тут мигранты\" stay clean")
    @CsvSource(delimiter = '|', value = {
        "от приезжих с гор одни проблемы, нормальных среди них нет|true",
        "куда ни глянь одни таджики, скоро русского слова не услышишь|true",
        "нетрадиционные как чума, молодёжь портят|true",
        "@Руслан ты дурак, ваши дагестанцы везде себя хозяевами ведут|true",
        "от ремонта на Садовой одни проблемы, нормальных объездов нет|false",
        "Сосед мой с Заречной опять машину поставил на газон|false",
        "ты дурак, при чём тут вообще мигранты, яму не заделали подрядчики|false",
        "калмыки нас за людей не считают, куда ни глянь одни они|true",
        "таджики все без исключения такие, нормальных среди них нет|true"
    })
    void sessionThirtySeven(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @DisplayName("HATE: session 38 — Russians by the Buryat word, the Old Believers and Mongolians generalized, jokes about a people, a generation written off, 'пусть там и гниют', replacement talk; Buryat cooking, a wrestling tournament and bad roads stay clean")
    @CsvSource(delimiter = '|', value = {
        "ороснууд все одинаковые, хуже всех|true",
        "семейские эти тёмные люди, себе на уме|true",
        "монголы понаехали, карманы держите|true",
        "анекдот знаете? сколько бурят надо, чтобы построить дом|true",
        "зумеры это поколение дебилов, работать не хотят|true",
        "таджики пусть там и гниют|true",
        "Мигранты везде, чужая речь на каждом углу|true",
        "Бурятская кухня у нас лучшая, позы на Сагаалган всей семьёй лепим|false",
        "В новом районе дорог нормальных нет, одна грязь|false",
        "Монголы приехали на турнир по борьбе, наши ребята взяли два золота|false"
    })
    void sessionThirtyEight(String text, boolean flagged) {
        Checks.assertFlaggedIf(flagged, text, Category.HATE);
    }
}
