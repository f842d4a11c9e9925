// The kiosk's texts, Thai first: its own words and the priority groups a citizen chooses from.

// queue/Priority with its labelTh, in the order a hall usually lists them
export const PRIORITIES = [
  { code: "NORMAL", th: "ทั่วไป", en: "General" },
  { code: "ELDERLY", th: "ผู้สูงอายุ (60 ปีขึ้นไป)", en: "Older person (60+)" },
  { code: "DISABLED", th: "ผู้พิการ", en: "Person with disability" },
  { code: "PREGNANT", th: "หญิงตั้งครรภ์", en: "Pregnant woman" },
  { code: "MONK", th: "พระภิกษุสงฆ์", en: "Monk or novice" },
];

export const DICT = {
  th: {
    chooseService: "แตะเลือกงานบริการที่ต้องการ",
    chooseServiceHint: "ระบบจะพิมพ์บัตรคิวให้ท่าน",
    noServices: "ขณะนี้ยังไม่มีงานบริการที่เปิดรับบัตรคิว",
    chosen: "งานที่เลือก",
    choosePriority: "ท่านเป็นผู้รับบริการกลุ่มใด",
    back: "ย้อนกลับ",
    printing: "กำลังพิมพ์บัตรคิว กรุณารับบัตรด้านล่าง",
    done: "เสร็จสิ้น",
    ok: "ตกลง",
    waiting: "รอ {n} คิว",
    estimate: "ประมาณ {n} นาที",
    standard: "{steps} ขั้นตอน · เวลามาตรฐาน {n} นาที",
    noWait: "ไม่ต้องรอ",
    kiosk: "ตู้กดบัตรคิว",
    ticket: "บัตรคิว",
    setup: "ตู้นี้ยังไม่ได้ตั้งค่า: ที่อยู่ต้องมี ?sp=รหัสจุดบริการ&key=กุญแจตู้กดบัตรคิว",
    noPlace: "ไม่พบจุดบริการ {sp}",
    offline: "ติดต่อระบบไม่ได้ ข้อมูลคิวอาจไม่เป็นปัจจุบัน",
  },
  en: {
    chooseService: "Tap the service you need",
    chooseServiceHint: "Your queue ticket will be printed",
    noServices: "No service is taking tickets at the moment",
    chosen: "Service",
    choosePriority: "Do you belong to a priority group?",
    back: "Back",
    printing: "Printing your ticket: please take it from below",
    done: "Done",
    ok: "OK",
    waiting: "{n} waiting",
    estimate: "about {n} min",
    standard: "{steps} steps · standard time {n} min",
    noWait: "No wait",
    kiosk: "Kiosk",
    ticket: "Queue ticket",
    setup: "This kiosk is not set up: its address needs ?sp=service point&key=kiosk key",
    noPlace: "Service point {sp} not found",
    offline: "The service cannot be reached; queue figures may be out of date",
  },
};
