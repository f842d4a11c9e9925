#!/bin/sh
# Makes the Thai voice clips the lobby display plays where the browser has no Thai voice of its own:
# the two phrases, the letters A–Z as Thai says them, the digits 0–9 and the counter numbers 1–30.
# Needs espeak-ng (Thai voice "th") and sox:  apt-get install -y espeak-ng sox
# Run from anywhere: sh kiosk-web/display/audio/make-clips.sh   (writes next to this script, 16 kHz mono WAV,
# silence trimmed so the clips join into one sentence; about 1 MB in all).
set -eu
cd "$(dirname "$0")"
SPEED=${SPEED:-140}

clip() { # name text
  espeak-ng -v th -s "$SPEED" -w "/tmp/clip-$$.wav" "$2"
  sox "/tmp/clip-$$.wav" -r 16000 -c 1 -b 16 "$1.wav" silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse pad 0 0.06
  rm -f "/tmp/clip-$$.wav"
}

clip phrase-call "เชิญหมายเลข"
clip phrase-counter "ที่ช่องบริการ"

# the letters as Thai speakers read them on a ticket
set -- A เอ B บี C ซี D ดี E อี F เอฟ G จี H เอช I ไอ J เจ K เค L แอล M เอ็ม N เอ็น O โอ P พี Q คิว R อาร์ \
  S เอส T ที U ยู V วี W ดับเบิลยู X เอ็กซ์ Y วาย Z แซด
while [ $# -gt 0 ]; do clip "letter-$1" "$2"; shift 2; done

set -- 0 ศูนย์ 1 หนึ่ง 2 สอง 3 สาม 4 สี่ 5 ห้า 6 หก 7 เจ็ด 8 แปด 9 เก้า
while [ $# -gt 0 ]; do clip "digit-$1" "$2"; shift 2; done

# counter numbers as words (สิบเอ็ด, ยี่สิบ …), so "ช่องบริการ 12" is read as twelve, not one-two
units="หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า"
n=1
while [ $n -le 30 ]; do
  tens=$((n / 10)); unit=$((n % 10)); word=""
  case $tens in 1) word="สิบ" ;; 2) word="ยี่สิบ" ;; 3) word="สามสิบ" ;; esac
  if [ $unit -gt 0 ]; then
    if [ $tens -gt 0 ] && [ $unit -eq 1 ]; then word="${word}เอ็ด"; else word="${word}$(echo $units | cut -d' ' -f$unit)"; fi
  fi
  clip "counter-$n" "$word"
  n=$((n + 1))
done
