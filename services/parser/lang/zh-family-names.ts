// The commonest Chinese family names (simplified and traditional forms, a few two-letter ones):
// a run of letters glued to a title ("老板<name>", "<name>店長") is read as a person's name only
// when it opens with one of them, so "公司老板" (the company's boss) names nobody. Unit-tested in
// tests/parser/titled-beside.test.ts with invented names and look-alikes.
export const ZH_FAMILY_NAMES: readonly string[] = [
  ...Array.from(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭" +
      "田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦" +
      "邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊" +
      "易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢" +
      "裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解艾尤阳陽穆卓古吉简簡车車项項" +
      "连連麦麥褚娄婁窦竇戚岑景宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧邬鄔边邊卞姬商沙荣榮巫桑甄丛叢仲虞" +
      "敖巩鞏佘池查苑迟遲邝鄺封谈談匡鞠惠荆荊冀郁胥储儲栗燕楚鄢劳勞奚粟冼",
  ),
  "欧阳",
  "歐陽",
  "司马",
  "司馬",
  "诸葛",
  "諸葛",
  "上官",
];
