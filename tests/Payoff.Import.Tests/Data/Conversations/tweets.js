window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1765000000000000001",
      "created_at" : "Wed Mar 04 09:15:00 +0000 2026",
      "full_text" : "@andi_w Sorry to hear that! Please DM us your order number and we'll check right away.",
      "in_reply_to_status_id_str" : "1764999999999999999",
      "in_reply_to_screen_name" : "andi_w",
      "entities" : { "user_mentions" : [ { "screen_name" : "andi_w", "id_str" : "42" } ], "hashtags" : [ ] }
    }
  },
  {
    "tweet" : {
      "id_str" : "1765000000000000002",
      "created_at" : "Thu Mar 05 10:00:00 +0000 2026",
      "full_text" : "New spring menu is here ☕",
      "entities" : { "user_mentions" : [ ], "hashtags" : [ ] }
    }
  },
  {
    "tweet" : {
      "id_str" : "1765000000000000003",
      "created_at" : "Fri Mar 06 12:30:00 +0000 2026",
      "full_text" : "Thanks @sam for the kind words!",
      "entities" : { "user_mentions" : [ { "screen_name" : "sam", "id_str" : "7" } ] }
    }
  }
]
