// Cyrillic and Han name pools. Each entry: native script, the passport romanisation (Ukraine: KMU
// resolution 55 of 2010; Russia: ICAO 9303 as in passports since 2013; China: Pinyin without tones),
// then variants seen in hotel data: older or traditional romanisations (Alexander, Yuri), French
// ones (Chevtchenko, Iouri), German ones (Schewtschenko), Cantonese/Wade-Giles (Chan, Wong, Lee).
#include <array>

#include "name_pools.hpp"

namespace cardex::gen {
namespace {

using sv = std::string_view;

constexpr sv ua_male[] = {
    "Олександр|Oleksandr|Alexander|Aleksandr|Alexandre|Oleksander", "Андрій|Andrii|Andriy|Andrey|Andrei",
    "Сергій|Serhii|Serhiy|Sergey|Sergei|Serguei", "Дмитро|Dmytro|Dmitry|Dmitri|Dmitro",
    "Володимир|Volodymyr|Vladimir|Wolodymyr", "Іван|Ivan", "Михайло|Mykhailo|Mykhaylo|Mikhail|Michel",
    "Юрій|Yurii|Yuriy|Yuri|Iouri", "Віктор|Viktor|Victor", "Василь|Vasyl|Vasiliy|Vassili",
    "Микола|Mykola|Nikolai|Nicolas", "Олег|Oleh|Oleg", "Богдан|Bohdan|Bogdan", "Тарас|Taras",
    "Ярослав|Yaroslav|Iaroslav|Jaroslav", "Петро|Petro|Piotr|Petr", "Максим|Maksym|Maxim|Maksim",
    "Артем|Artem|Artyom|Artiom", "Денис|Denys|Denis", "Євген|Yevhen|Ievgen|Evgeny|Eugene",
    "Віталій|Vitalii|Vitaliy|Vitaly", "Ігор|Ihor|Igor", "Роман|Roman", "Павло|Pavlo|Pavel",
    "Анатолій|Anatolii|Anatoliy|Anatoly", "Григорій|Hryhorii|Grigory|Hryhoriy",
    "Костянтин|Kostiantyn|Kostyantyn|Konstantin", "Валерій|Valerii|Valeriy|Valery", "Станіслав|Stanislav",
    "Назар|Nazar", "Олексій|Oleksii|Oleksiy|Alexei|Alexey", "Руслан|Ruslan|Rouslan"};
constexpr sv ua_female[] = {
    "Олена|Olena|Elena|Helena|Hélène", "Наталія|Nataliia|Natalia|Nataliya|Natalya",
    "Тетяна|Tetiana|Tetyana|Tatiana|Tatyana", "Ірина|Iryna|Irina", "Юлія|Yuliia|Yulia|Iuliia|Julia",
    "Оксана|Oksana", "Світлана|Svitlana|Svetlana", "Катерина|Kateryna|Ekaterina|Katerina",
    "Марія|Mariia|Maria|Mariya", "Ольга|Olha|Olga", "Анна|Anna", "Людмила|Liudmyla|Lyudmila|Ludmila",
    "Галина|Halyna|Galina", "Вікторія|Viktoriia|Victoria|Viktoriya", "Дарина|Daryna|Darina",
    "Анастасія|Anastasiia|Anastasia|Anastasiya", "Софія|Sofiia|Sofia|Sophia", "Валентина|Valentyna|Valentina",
    "Лариса|Larysa|Larisa", "Надія|Nadiia|Nadia|Nadiya", "Ганна|Hanna|Ganna|Anna", "Іванна|Ivanna",
    "Христина|Khrystyna|Kristina|Christina", "Алла|Alla", "Інна|Inna", "Віра|Vira|Vera",
    "Любов|Liubov|Lyubov", "Зоряна|Zoriana|Zoryana", "Марина|Maryna|Marina", "Аліна|Alina"};
constexpr sv ua_last[] = {
    "Шевченко|Shevchenko|Chevtchenko|Schewtschenko", "Коваленко|Kovalenko", "Бондаренко|Bondarenko",
    "Ткаченко|Tkachenko|Tkatchenko", "Кравченко|Kravchenko|Kravtchenko", "Бойко|Boiko|Boyko", "Коваль|Koval",
    "Олійник|Oliinyk|Oliynyk|Oleinik", "Шевчук|Shevchuk|Chevtchouk", "Поліщук|Polishchuk|Polichtchouk",
    "Мельник|Melnyk|Melnik", "Лисенко|Lysenko|Lyssenko", "Марченко|Marchenko|Martchenko",
    "Руденко|Rudenko|Roudenko", "Савченко|Savchenko|Savtchenko", "Петренко|Petrenko",
    "Клименко|Klymenko|Klimenko", "Павленко|Pavlenko", "Кравчук|Kravchuk|Kravtchouk", "Ткачук|Tkachuk|Tkatchouk",
    "Мороз|Moroz", "Левченко|Levchenko|Levtchenko", "Харченко|Kharchenko|Khartchenko", "Карпенко|Karpenko",
    "Гончаренко|Honcharenko|Goncharenko", "Приходько|Prykhodko|Prikhodko", "Романенко|Romanenko",
    "Кузьменко|Kuzmenko|Kouzmenko", "Сидоренко|Sydorenko|Sidorenko", "Панченко|Panchenko|Pantchenko",
    "Іваненко|Ivanenko", "Юрченко|Yurchenko|Iourtchenko", "Яковенко|Yakovenko|Iakovenko",
    "Грищенко|Hryshchenko|Grishchenko", "Кушнір|Kushnir|Kouchnir", "Мазур|Mazur", "Гриценко|Hrytsenko|Gritsenko",
    "Захарченко|Zakharchenko", "Костенко|Kostenko", "Василенко|Vasylenko|Vasilenko",
    "Литвиненко|Lytvynenko|Litvinenko", "Ковальчук|Kovalchuk|Kovaltchouk", "Білик|Bilyk|Bilik", "Козак|Kozak",
    "Зінченко|Zinchenko|Zintchenko", "Пономаренко|Ponomarenko", "Дяченко|Diachenko|Dyachenko",
    "Вакуленко|Vakulenko", "Тимошенко|Tymoshenko|Timochenko|Tymochenko", "Кличко|Klychko|Klitschko",
    "Ковальський|Kovalskyi|Kovalsky|Kowalski", "Левицький|Levytskyi|Levitsky", "Данилюк|Danyliuk|Daniliouk",
    "Савчук|Savchuk", "Семенко|Semenko", "Бондар|Bondar", "Гуменюк|Humeniuk|Gumenyuk", "Остапенко|Ostapenko",
    "Кириленко|Kyrylenko|Kirilenko", "Федоренко|Fedorenko", "Ярошенко|Yaroshenko|Iarochenko"};

constexpr sv ru_male[] = {
    "Александр|Aleksandr|Alexander|Alexandre|Alexandr", "Сергей|Sergei|Sergey|Serguei", "Дмитрий|Dmitrii|Dmitry|Dmitri",
    "Андрей|Andrei|Andrey", "Алексей|Aleksei|Alexey|Alexei", "Максим|Maksim|Maxim", "Евгений|Evgenii|Evgeny|Yevgeny|Evgueni",
    "Иван|Ivan", "Михаил|Mikhail|Michail", "Артём|Artem|Artyom|Artiom", "Николай|Nikolai|Nikolay",
    "Владимир|Vladimir|Wladimir", "Павел|Pavel", "Роман|Roman", "Игорь|Igor", "Олег|Oleg", "Денис|Denis",
    "Антон|Anton", "Юрий|Iurii|Yuri|Yury|Iouri", "Виктор|Viktor|Victor", "Илья|Ilia|Ilya", "Кирилл|Kirill",
    "Никита|Nikita", "Вадим|Vadim", "Константин|Konstantin", "Георгий|Georgii|Georgy", "Григорий|Grigorii|Grigory",
    "Борис|Boris", "Тимур|Timur|Timour", "Станислав|Stanislav", "Леонид|Leonid", "Фёдор|Fedor|Fyodor|Fiodor",
    "Василий|Vasilii|Vasily|Vassili", "Анатолий|Anatolii|Anatoly", "Геннадий|Gennadii|Gennady",
    "Вячеслав|Viacheslav|Vyacheslav", "Егор|Egor|Yegor", "Даниил|Daniil", "Ярослав|Iaroslav|Yaroslav",
    "Руслан|Ruslan|Rouslan"};
constexpr sv ru_female[] = {
    "Елена|Elena|Yelena|Helena", "Ольга|Olga", "Наталья|Natalia|Natalya|Nathalie", "Татьяна|Tatiana|Tatyana",
    "Ирина|Irina", "Светлана|Svetlana", "Анна|Anna", "Мария|Mariia|Maria|Mariya", "Екатерина|Ekaterina|Yekaterina",
    "Юлия|Iuliia|Yulia|Julia", "Анастасия|Anastasiia|Anastasia", "Марина|Marina", "Людмила|Liudmila|Lyudmila|Ludmila",
    "Галина|Galina", "Валентина|Valentina", "Надежда|Nadezhda|Nadejda", "Оксана|Oksana", "Виктория|Viktoriia|Victoria",
    "Дарья|Daria|Darya", "Ксения|Kseniia|Ksenia|Xenia", "Полина|Polina", "Алёна|Alena|Alyona|Aliona", "Вера|Vera",
    "Любовь|Liubov|Lyubov", "Лариса|Larisa", "Евгения|Evgeniia|Evgenia|Eugenia", "Софья|Sofia|Sofya",
    "Алина|Alina", "Кристина|Kristina|Christina", "Ангелина|Angelina", "Вероника|Veronika|Veronica",
    "Жанна|Zhanna|Janna", "Зоя|Zoia|Zoya", "Тамара|Tamara", "Нина|Nina", "Раиса|Raisa|Raïssa",
    "Лидия|Lidiia|Lidia", "Маргарита|Margarita", "Элина|Elina", "Милена|Milena"};
constexpr sv ru_last[] = {
    "Иванов|Ivanov|Ivanoff", "Смирнов|Smirnov|Smirnoff", "Кузнецов|Kuznetsov|Kouznetsov", "Попов|Popov|Popoff",
    "Васильев|Vasilev|Vasiliev|Vassiliev", "Петров|Petrov|Petroff", "Соколов|Sokolov", "Михайлов|Mikhailov|Mikhaylov",
    "Новиков|Novikov", "Федоров|Fedorov|Fiodorov", "Морозов|Morozov", "Волков|Volkov", "Алексеев|Alekseev|Alexeev",
    "Лебедев|Lebedev", "Семёнов|Semenov|Semionov|Semyonov", "Егоров|Egorov|Yegorov", "Павлов|Pavlov",
    "Козлов|Kozlov", "Степанов|Stepanov", "Николаев|Nikolaev|Nikolayev", "Орлов|Orlov", "Андреев|Andreev|Andreyev",
    "Макаров|Makarov", "Никитин|Nikitin|Nikitine", "Захаров|Zakharov", "Зайцев|Zaitsev|Zaytsev",
    "Соловьёв|Solovev|Soloviev|Solovyov", "Борисов|Borisov", "Яковлев|Iakovlev|Yakovlev", "Григорьев|Grigorev|Grigoriev",
    "Романов|Romanov|Romanoff", "Воробьёв|Vorobev|Vorobiev|Vorobyov", "Сергеев|Sergeev|Sergueiev",
    "Кузьмин|Kuzmin|Kouzmine", "Фролов|Frolov", "Александров|Aleksandrov|Alexandrov", "Дмитриев|Dmitriev",
    "Королёв|Korolev|Koroliov|Korolyov", "Гусев|Gusev|Goussev", "Киселёв|Kiselev|Kisseliov", "Ильин|Ilin|Ilyin|Iline",
    "Максимов|Maksimov|Maximov", "Поляков|Poliakov|Polyakov", "Сорокин|Sorokin|Sorokine", "Виноградов|Vinogradov",
    "Ковалёв|Kovalev|Kovaliov", "Белов|Belov", "Медведев|Medvedev", "Антонов|Antonov", "Тарасов|Tarasov",
    "Жуков|Zhukov|Joukov", "Баранов|Baranov", "Филиппов|Filippov", "Комаров|Komarov", "Давыдов|Davydov|Davidov",
    "Беляев|Beliaev|Belyaev", "Герасимов|Gerasimov|Guerassimov", "Богданов|Bogdanov", "Осипов|Osipov",
    "Сидоров|Sidorov", "Матвеев|Matveev", "Титов|Titov", "Щербаков|Shcherbakov|Chtcherbakov",
    "Чернов|Chernov|Tchernov", "Калинин|Kalinin|Kalinine"};

constexpr sv cn_male[] = {
    "伟|Wei", "强|Qiang", "磊|Lei", "军|Jun", "洋|Yang", "勇|Yong", "杰|Jie", "涛|Tao", "明|Ming", "超|Chao",
    "刚|Gang", "平|Ping", "辉|Hui", "鹏|Peng", "华|Hua", "飞|Fei", "鑫|Xin", "波|Bo", "斌|Bin", "宇|Yu", "浩|Hao",
    "凯|Kai", "健|Jian", "俊|Jun", "帆|Fan", "旭|Xu", "宁|Ning", "龙|Long|Loong", "建华|Jianhua|Jian Hua|Jian-Hua",
    "建国|Jianguo|Jian Guo|Jian-Guo", "志强|Zhiqiang|Zhi Qiang|Chih-Chiang", "小明|Xiaoming|Xiao Ming|Xiao-Ming",
    "晓东|Xiaodong|Xiao Dong", "海涛|Haitao|Hai Tao", "俊杰|Junjie|Jun Jie", "子轩|Zixuan|Zi Xuan",
    "浩然|Haoran|Hao Ran", "宇航|Yuhang|Yu Hang", "文博|Wenbo|Wen Bo", "国强|Guoqiang|Guo Qiang",
    "家豪|Jiahao|Jia Hao|Ka Ho", "志明|Zhiming|Zhi Ming|Chi Ming"};
constexpr sv cn_female[] = {
    "芳|Fang", "娜|Na", "敏|Min", "静|Jing", "丽|Li", "艳|Yan", "娟|Juan", "霞|Xia", "秀英|Xiuying|Xiu Ying",
    "桂英|Guiying|Gui Ying", "玉兰|Yulan|Yu Lan", "婷|Ting", "雪|Xue", "琳|Lin", "晶|Jing", "燕|Yan", "红|Hong",
    "慧|Hui", "颖|Ying", "倩|Qian", "洁|Jie", "玲|Ling", "萍|Ping", "丹|Dan", "欣|Xin", "梅|Mei", "莉|Li", "雯|Wen",
    "佳怡|Jiayi|Jia Yi", "欣怡|Xinyi|Xin Yi", "梓涵|Zihan|Zi Han", "诗涵|Shihan|Shi Han", "雨欣|Yuxin|Yu Xin",
    "晓燕|Xiaoyan|Xiao Yan", "丽华|Lihua|Li Hua", "美玲|Meiling|Mei Ling|Mei-Ling", "海燕|Haiyan|Hai Yan",
    "春梅|Chunmei|Chun Mei", "文静|Wenjing|Wen Jing", "思雨|Siyu|Si Yu"};
constexpr sv cn_last[] = {
    "王|Wang|Wong", "李|Li|Lee", "张|Zhang|Chang|Cheung", "刘|Liu|Lau", "陈|Chen|Chan", "杨|Yang|Yeung", "黄|Huang|Wong",
    "赵|Zhao|Chao", "吴|Wu|Ng", "周|Zhou|Chow", "徐|Xu|Hsu", "孙|Sun", "马|Ma", "朱|Zhu|Chu", "胡|Hu", "郭|Guo|Kuo",
    "何|He|Ho", "高|Gao|Kao", "林|Lin|Lam", "罗|Luo|Lo", "郑|Zheng|Cheng", "梁|Liang|Leung", "谢|Xie|Hsieh|Tse",
    "宋|Song|Sung", "唐|Tang", "许|Xu|Hsu|Hui", "韩|Han", "冯|Feng|Fung", "邓|Deng|Teng|Tang", "曹|Cao|Tsao",
    "彭|Peng|Pang", "曾|Zeng|Tseng|Tsang", "肖|Xiao|Hsiao", "田|Tian", "董|Dong|Tung", "袁|Yuan", "潘|Pan|Poon",
    "于|Yu", "蒋|Jiang|Chiang", "蔡|Cai|Tsai|Choi", "余|Yu|Yue", "杜|Du|Tu", "叶|Ye|Yip|Yeh", "程|Cheng",
    "苏|Su|So", "魏|Wei", "吕|Lyu|Lu|Lv|Lü", "丁|Ding", "任|Ren|Jen", "沈|Shen", "姚|Yao", "卢|Lu", "姜|Jiang",
    "崔|Cui|Tsui", "钟|Zhong|Chung", "谭|Tan|Tam", "陆|Lu|Luk", "汪|Wang", "范|Fan", "金|Jin|Kam", "石|Shi",
    "廖|Liao", "贾|Jia", "夏|Xia", "方|Fang|Fong", "白|Bai", "邹|Zou", "孟|Meng", "熊|Xiong", "秦|Qin",
    "邱|Qiu|Yau", "欧阳|Ouyang|Au-Yeung", "司马|Sima", "诸葛|Zhuge"};

}  // namespace

NamePools world_pools(Nat nat) {
    switch (nat) {
    case Nat::UA: return {Script::cyrillic, ua_male, ua_female, ua_last};
    case Nat::RU: return {Script::cyrillic, ru_male, ru_female, ru_last};
    case Nat::CN: return {Script::han, cn_male, cn_female, cn_last};
    default: return latin_pools(Nat::FR);
    }
}

const NamePools& name_pools(Nat nat) {
    static const std::array<NamePools, nat_count> pools = [] {
        std::array<NamePools, nat_count> all{};
        for (int i = 0; i < nat_count; ++i) all[static_cast<std::size_t>(i)] = latin_pools(static_cast<Nat>(i));
        return all;
    }();
    return pools[static_cast<std::size_t>(nat)];
}

}  // namespace cardex::gen
