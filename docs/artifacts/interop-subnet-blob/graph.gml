graph [
  directed 1
  node [
    id 0
    label "australia-supernode"
    host_bandwidth_up "1024 Mbit"
    host_bandwidth_down "1024 Mbit"
  ]
  node [
    id 1
    label "europe-supernode"
    host_bandwidth_up "1024 Mbit"
    host_bandwidth_down "1024 Mbit"
  ]
  node [
    id 2
    label "east_asia-supernode"
    host_bandwidth_up "1024 Mbit"
    host_bandwidth_down "1024 Mbit"
  ]
  node [
    id 3
    label "west_asia-supernode"
    host_bandwidth_up "1024 Mbit"
    host_bandwidth_down "1024 Mbit"
  ]
  node [
    id 4
    label "na_east-supernode"
    host_bandwidth_up "1024 Mbit"
    host_bandwidth_down "1024 Mbit"
  ]
  node [
    id 5
    label "na_west-supernode"
    host_bandwidth_up "1024 Mbit"
    host_bandwidth_down "1024 Mbit"
  ]
  node [
    id 6
    label "south_africa-supernode"
    host_bandwidth_up "1024 Mbit"
    host_bandwidth_down "1024 Mbit"
  ]
  node [
    id 7
    label "south_america-supernode"
    host_bandwidth_up "1024 Mbit"
    host_bandwidth_down "1024 Mbit"
  ]
  node [
    id 8
    label "australia-fullnode"
    host_bandwidth_up "50 Mbit"
    host_bandwidth_down "50 Mbit"
  ]
  node [
    id 9
    label "europe-fullnode"
    host_bandwidth_up "50 Mbit"
    host_bandwidth_down "50 Mbit"
  ]
  node [
    id 10
    label "east_asia-fullnode"
    host_bandwidth_up "50 Mbit"
    host_bandwidth_down "50 Mbit"
  ]
  node [
    id 11
    label "west_asia-fullnode"
    host_bandwidth_up "50 Mbit"
    host_bandwidth_down "50 Mbit"
  ]
  node [
    id 12
    label "na_east-fullnode"
    host_bandwidth_up "50 Mbit"
    host_bandwidth_down "50 Mbit"
  ]
  node [
    id 13
    label "na_west-fullnode"
    host_bandwidth_up "50 Mbit"
    host_bandwidth_down "50 Mbit"
  ]
  node [
    id 14
    label "south_africa-fullnode"
    host_bandwidth_up "50 Mbit"
    host_bandwidth_down "50 Mbit"
  ]
  node [
    id 15
    label "south_america-fullnode"
    host_bandwidth_up "50 Mbit"
    host_bandwidth_down "50 Mbit"
  ]
  edge [
    source 0
    target 0
    latency "2 ms"
    packet_loss 0.0
  ]
  edge [
    source 0
    target 1
    latency "165 ms"
    packet_loss 0.0
  ]
  edge [
    source 0
    target 2
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 0
    target 3
    latency "180 ms"
    packet_loss 0.0
  ]
  edge [
    source 0
    target 4
    latency "150 ms"
    packet_loss 0.0
  ]
  edge [
    source 0
    target 5
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 0
    target 6
    latency "220 ms"
    packet_loss 0.0
  ]
  edge [
    source 0
    target 7
    latency "190 ms"
    packet_loss 0.0
  ]
  edge [
    source 1
    target 0
    latency "165 ms"
    packet_loss 0.0
  ]
  edge [
    source 1
    target 1
    latency "2 ms"
    packet_loss 0.0
  ]
  edge [
    source 1
    target 2
    latency "125 ms"
    packet_loss 0.0
  ]
  edge [
    source 1
    target 3
    latency "60 ms"
    packet_loss 0.0
  ]
  edge [
    source 1
    target 4
    latency "70 ms"
    packet_loss 0.0
  ]
  edge [
    source 1
    target 5
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 1
    target 6
    latency "95 ms"
    packet_loss 0.0
  ]
  edge [
    source 1
    target 7
    latency "140 ms"
    packet_loss 0.0
  ]
  edge [
    source 2
    target 0
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 2
    target 1
    latency "125 ms"
    packet_loss 0.0
  ]
  edge [
    source 2
    target 2
    latency "4 ms"
    packet_loss 0.0
  ]
  edge [
    source 2
    target 3
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 2
    target 4
    latency "140 ms"
    packet_loss 0.0
  ]
  edge [
    source 2
    target 5
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 2
    target 6
    latency "175 ms"
    packet_loss 0.0
  ]
  edge [
    source 2
    target 7
    latency "175 ms"
    packet_loss 0.0
  ]
  edge [
    source 3
    target 0
    latency "180 ms"
    packet_loss 0.0
  ]
  edge [
    source 3
    target 1
    latency "60 ms"
    packet_loss 0.0
  ]
  edge [
    source 3
    target 2
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 3
    target 3
    latency "5 ms"
    packet_loss 0.0
  ]
  edge [
    source 3
    target 4
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 3
    target 5
    latency "150 ms"
    packet_loss 0.0
  ]
  edge [
    source 3
    target 6
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 3
    target 7
    latency "145 ms"
    packet_loss 0.0
  ]
  edge [
    source 4
    target 0
    latency "150 ms"
    packet_loss 0.0
  ]
  edge [
    source 4
    target 1
    latency "70 ms"
    packet_loss 0.0
  ]
  edge [
    source 4
    target 2
    latency "140 ms"
    packet_loss 0.0
  ]
  edge [
    source 4
    target 3
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 4
    target 4
    latency "2 ms"
    packet_loss 0.0
  ]
  edge [
    source 4
    target 5
    latency "60 ms"
    packet_loss 0.0
  ]
  edge [
    source 4
    target 6
    latency "130 ms"
    packet_loss 0.0
  ]
  edge [
    source 4
    target 7
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 5
    target 0
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 5
    target 1
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 5
    target 2
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 5
    target 3
    latency "150 ms"
    packet_loss 0.0
  ]
  edge [
    source 5
    target 4
    latency "60 ms"
    packet_loss 0.0
  ]
  edge [
    source 5
    target 5
    latency "2 ms"
    packet_loss 0.0
  ]
  edge [
    source 5
    target 6
    latency "160 ms"
    packet_loss 0.0
  ]
  edge [
    source 5
    target 7
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 6
    target 0
    latency "220 ms"
    packet_loss 0.0
  ]
  edge [
    source 6
    target 1
    latency "95 ms"
    packet_loss 0.0
  ]
  edge [
    source 6
    target 2
    latency "175 ms"
    packet_loss 0.0
  ]
  edge [
    source 6
    target 3
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 6
    target 4
    latency "130 ms"
    packet_loss 0.0
  ]
  edge [
    source 6
    target 5
    latency "160 ms"
    packet_loss 0.0
  ]
  edge [
    source 6
    target 6
    latency "7 ms"
    packet_loss 0.0
  ]
  edge [
    source 6
    target 7
    latency "195 ms"
    packet_loss 0.0
  ]
  edge [
    source 7
    target 0
    latency "190 ms"
    packet_loss 0.0
  ]
  edge [
    source 7
    target 1
    latency "140 ms"
    packet_loss 0.0
  ]
  edge [
    source 7
    target 2
    latency "175 ms"
    packet_loss 0.0
  ]
  edge [
    source 7
    target 3
    latency "145 ms"
    packet_loss 0.0
  ]
  edge [
    source 7
    target 4
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 7
    target 5
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 7
    target 6
    latency "195 ms"
    packet_loss 0.0
  ]
  edge [
    source 7
    target 7
    latency "7 ms"
    packet_loss 0.0
  ]
  edge [
    source 0
    target 8
    latency "2 ms"
    packet_loss 0.0
  ]
  edge [
    source 0
    target 9
    latency "165 ms"
    packet_loss 0.0
  ]
  edge [
    source 0
    target 10
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 0
    target 11
    latency "180 ms"
    packet_loss 0.0
  ]
  edge [
    source 0
    target 12
    latency "150 ms"
    packet_loss 0.0
  ]
  edge [
    source 0
    target 13
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 0
    target 14
    latency "220 ms"
    packet_loss 0.0
  ]
  edge [
    source 0
    target 15
    latency "190 ms"
    packet_loss 0.0
  ]
  edge [
    source 1
    target 8
    latency "165 ms"
    packet_loss 0.0
  ]
  edge [
    source 1
    target 9
    latency "2 ms"
    packet_loss 0.0
  ]
  edge [
    source 1
    target 10
    latency "125 ms"
    packet_loss 0.0
  ]
  edge [
    source 1
    target 11
    latency "60 ms"
    packet_loss 0.0
  ]
  edge [
    source 1
    target 12
    latency "70 ms"
    packet_loss 0.0
  ]
  edge [
    source 1
    target 13
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 1
    target 14
    latency "95 ms"
    packet_loss 0.0
  ]
  edge [
    source 1
    target 15
    latency "140 ms"
    packet_loss 0.0
  ]
  edge [
    source 2
    target 8
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 2
    target 9
    latency "125 ms"
    packet_loss 0.0
  ]
  edge [
    source 2
    target 10
    latency "4 ms"
    packet_loss 0.0
  ]
  edge [
    source 2
    target 11
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 2
    target 12
    latency "140 ms"
    packet_loss 0.0
  ]
  edge [
    source 2
    target 13
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 2
    target 14
    latency "175 ms"
    packet_loss 0.0
  ]
  edge [
    source 2
    target 15
    latency "175 ms"
    packet_loss 0.0
  ]
  edge [
    source 3
    target 8
    latency "180 ms"
    packet_loss 0.0
  ]
  edge [
    source 3
    target 9
    latency "60 ms"
    packet_loss 0.0
  ]
  edge [
    source 3
    target 10
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 3
    target 11
    latency "5 ms"
    packet_loss 0.0
  ]
  edge [
    source 3
    target 12
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 3
    target 13
    latency "150 ms"
    packet_loss 0.0
  ]
  edge [
    source 3
    target 14
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 3
    target 15
    latency "145 ms"
    packet_loss 0.0
  ]
  edge [
    source 4
    target 8
    latency "150 ms"
    packet_loss 0.0
  ]
  edge [
    source 4
    target 9
    latency "70 ms"
    packet_loss 0.0
  ]
  edge [
    source 4
    target 10
    latency "140 ms"
    packet_loss 0.0
  ]
  edge [
    source 4
    target 11
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 4
    target 12
    latency "2 ms"
    packet_loss 0.0
  ]
  edge [
    source 4
    target 13
    latency "60 ms"
    packet_loss 0.0
  ]
  edge [
    source 4
    target 14
    latency "130 ms"
    packet_loss 0.0
  ]
  edge [
    source 4
    target 15
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 5
    target 8
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 5
    target 9
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 5
    target 10
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 5
    target 11
    latency "150 ms"
    packet_loss 0.0
  ]
  edge [
    source 5
    target 12
    latency "60 ms"
    packet_loss 0.0
  ]
  edge [
    source 5
    target 13
    latency "2 ms"
    packet_loss 0.0
  ]
  edge [
    source 5
    target 14
    latency "160 ms"
    packet_loss 0.0
  ]
  edge [
    source 5
    target 15
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 6
    target 8
    latency "220 ms"
    packet_loss 0.0
  ]
  edge [
    source 6
    target 9
    latency "95 ms"
    packet_loss 0.0
  ]
  edge [
    source 6
    target 10
    latency "175 ms"
    packet_loss 0.0
  ]
  edge [
    source 6
    target 11
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 6
    target 12
    latency "130 ms"
    packet_loss 0.0
  ]
  edge [
    source 6
    target 13
    latency "160 ms"
    packet_loss 0.0
  ]
  edge [
    source 6
    target 14
    latency "7 ms"
    packet_loss 0.0
  ]
  edge [
    source 6
    target 15
    latency "195 ms"
    packet_loss 0.0
  ]
  edge [
    source 7
    target 8
    latency "190 ms"
    packet_loss 0.0
  ]
  edge [
    source 7
    target 9
    latency "140 ms"
    packet_loss 0.0
  ]
  edge [
    source 7
    target 10
    latency "175 ms"
    packet_loss 0.0
  ]
  edge [
    source 7
    target 11
    latency "145 ms"
    packet_loss 0.0
  ]
  edge [
    source 7
    target 12
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 7
    target 13
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 7
    target 14
    latency "195 ms"
    packet_loss 0.0
  ]
  edge [
    source 7
    target 15
    latency "7 ms"
    packet_loss 0.0
  ]
  edge [
    source 8
    target 0
    latency "2 ms"
    packet_loss 0.0
  ]
  edge [
    source 8
    target 1
    latency "165 ms"
    packet_loss 0.0
  ]
  edge [
    source 8
    target 2
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 8
    target 3
    latency "180 ms"
    packet_loss 0.0
  ]
  edge [
    source 8
    target 4
    latency "150 ms"
    packet_loss 0.0
  ]
  edge [
    source 8
    target 5
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 8
    target 6
    latency "220 ms"
    packet_loss 0.0
  ]
  edge [
    source 8
    target 7
    latency "190 ms"
    packet_loss 0.0
  ]
  edge [
    source 9
    target 0
    latency "165 ms"
    packet_loss 0.0
  ]
  edge [
    source 9
    target 1
    latency "2 ms"
    packet_loss 0.0
  ]
  edge [
    source 9
    target 2
    latency "125 ms"
    packet_loss 0.0
  ]
  edge [
    source 9
    target 3
    latency "60 ms"
    packet_loss 0.0
  ]
  edge [
    source 9
    target 4
    latency "70 ms"
    packet_loss 0.0
  ]
  edge [
    source 9
    target 5
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 9
    target 6
    latency "95 ms"
    packet_loss 0.0
  ]
  edge [
    source 9
    target 7
    latency "140 ms"
    packet_loss 0.0
  ]
  edge [
    source 10
    target 0
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 10
    target 1
    latency "125 ms"
    packet_loss 0.0
  ]
  edge [
    source 10
    target 2
    latency "4 ms"
    packet_loss 0.0
  ]
  edge [
    source 10
    target 3
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 10
    target 4
    latency "140 ms"
    packet_loss 0.0
  ]
  edge [
    source 10
    target 5
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 10
    target 6
    latency "175 ms"
    packet_loss 0.0
  ]
  edge [
    source 10
    target 7
    latency "175 ms"
    packet_loss 0.0
  ]
  edge [
    source 11
    target 0
    latency "180 ms"
    packet_loss 0.0
  ]
  edge [
    source 11
    target 1
    latency "60 ms"
    packet_loss 0.0
  ]
  edge [
    source 11
    target 2
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 11
    target 3
    latency "5 ms"
    packet_loss 0.0
  ]
  edge [
    source 11
    target 4
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 11
    target 5
    latency "150 ms"
    packet_loss 0.0
  ]
  edge [
    source 11
    target 6
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 11
    target 7
    latency "145 ms"
    packet_loss 0.0
  ]
  edge [
    source 12
    target 0
    latency "150 ms"
    packet_loss 0.0
  ]
  edge [
    source 12
    target 1
    latency "70 ms"
    packet_loss 0.0
  ]
  edge [
    source 12
    target 2
    latency "140 ms"
    packet_loss 0.0
  ]
  edge [
    source 12
    target 3
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 12
    target 4
    latency "2 ms"
    packet_loss 0.0
  ]
  edge [
    source 12
    target 5
    latency "60 ms"
    packet_loss 0.0
  ]
  edge [
    source 12
    target 6
    latency "130 ms"
    packet_loss 0.0
  ]
  edge [
    source 12
    target 7
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 13
    target 0
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 13
    target 1
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 13
    target 2
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 13
    target 3
    latency "150 ms"
    packet_loss 0.0
  ]
  edge [
    source 13
    target 4
    latency "60 ms"
    packet_loss 0.0
  ]
  edge [
    source 13
    target 5
    latency "2 ms"
    packet_loss 0.0
  ]
  edge [
    source 13
    target 6
    latency "160 ms"
    packet_loss 0.0
  ]
  edge [
    source 13
    target 7
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 14
    target 0
    latency "220 ms"
    packet_loss 0.0
  ]
  edge [
    source 14
    target 1
    latency "95 ms"
    packet_loss 0.0
  ]
  edge [
    source 14
    target 2
    latency "175 ms"
    packet_loss 0.0
  ]
  edge [
    source 14
    target 3
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 14
    target 4
    latency "130 ms"
    packet_loss 0.0
  ]
  edge [
    source 14
    target 5
    latency "160 ms"
    packet_loss 0.0
  ]
  edge [
    source 14
    target 6
    latency "7 ms"
    packet_loss 0.0
  ]
  edge [
    source 14
    target 7
    latency "195 ms"
    packet_loss 0.0
  ]
  edge [
    source 15
    target 0
    latency "190 ms"
    packet_loss 0.0
  ]
  edge [
    source 15
    target 1
    latency "140 ms"
    packet_loss 0.0
  ]
  edge [
    source 15
    target 2
    latency "175 ms"
    packet_loss 0.0
  ]
  edge [
    source 15
    target 3
    latency "145 ms"
    packet_loss 0.0
  ]
  edge [
    source 15
    target 4
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 15
    target 5
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 15
    target 6
    latency "195 ms"
    packet_loss 0.0
  ]
  edge [
    source 15
    target 7
    latency "7 ms"
    packet_loss 0.0
  ]
  edge [
    source 8
    target 8
    latency "2 ms"
    packet_loss 0.0
  ]
  edge [
    source 8
    target 9
    latency "165 ms"
    packet_loss 0.0
  ]
  edge [
    source 8
    target 10
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 8
    target 11
    latency "180 ms"
    packet_loss 0.0
  ]
  edge [
    source 8
    target 12
    latency "150 ms"
    packet_loss 0.0
  ]
  edge [
    source 8
    target 13
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 8
    target 14
    latency "220 ms"
    packet_loss 0.0
  ]
  edge [
    source 8
    target 15
    latency "190 ms"
    packet_loss 0.0
  ]
  edge [
    source 9
    target 8
    latency "165 ms"
    packet_loss 0.0
  ]
  edge [
    source 9
    target 9
    latency "2 ms"
    packet_loss 0.0
  ]
  edge [
    source 9
    target 10
    latency "125 ms"
    packet_loss 0.0
  ]
  edge [
    source 9
    target 11
    latency "60 ms"
    packet_loss 0.0
  ]
  edge [
    source 9
    target 12
    latency "70 ms"
    packet_loss 0.0
  ]
  edge [
    source 9
    target 13
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 9
    target 14
    latency "95 ms"
    packet_loss 0.0
  ]
  edge [
    source 9
    target 15
    latency "140 ms"
    packet_loss 0.0
  ]
  edge [
    source 10
    target 8
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 10
    target 9
    latency "125 ms"
    packet_loss 0.0
  ]
  edge [
    source 10
    target 10
    latency "4 ms"
    packet_loss 0.0
  ]
  edge [
    source 10
    target 11
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 10
    target 12
    latency "140 ms"
    packet_loss 0.0
  ]
  edge [
    source 10
    target 13
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 10
    target 14
    latency "175 ms"
    packet_loss 0.0
  ]
  edge [
    source 10
    target 15
    latency "175 ms"
    packet_loss 0.0
  ]
  edge [
    source 11
    target 8
    latency "180 ms"
    packet_loss 0.0
  ]
  edge [
    source 11
    target 9
    latency "60 ms"
    packet_loss 0.0
  ]
  edge [
    source 11
    target 10
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 11
    target 11
    latency "5 ms"
    packet_loss 0.0
  ]
  edge [
    source 11
    target 12
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 11
    target 13
    latency "150 ms"
    packet_loss 0.0
  ]
  edge [
    source 11
    target 14
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 11
    target 15
    latency "145 ms"
    packet_loss 0.0
  ]
  edge [
    source 12
    target 8
    latency "150 ms"
    packet_loss 0.0
  ]
  edge [
    source 12
    target 9
    latency "70 ms"
    packet_loss 0.0
  ]
  edge [
    source 12
    target 10
    latency "140 ms"
    packet_loss 0.0
  ]
  edge [
    source 12
    target 11
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 12
    target 12
    latency "2 ms"
    packet_loss 0.0
  ]
  edge [
    source 12
    target 13
    latency "60 ms"
    packet_loss 0.0
  ]
  edge [
    source 12
    target 14
    latency "130 ms"
    packet_loss 0.0
  ]
  edge [
    source 12
    target 15
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 13
    target 8
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 13
    target 9
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 13
    target 10
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 13
    target 11
    latency "150 ms"
    packet_loss 0.0
  ]
  edge [
    source 13
    target 12
    latency "60 ms"
    packet_loss 0.0
  ]
  edge [
    source 13
    target 13
    latency "2 ms"
    packet_loss 0.0
  ]
  edge [
    source 13
    target 14
    latency "160 ms"
    packet_loss 0.0
  ]
  edge [
    source 13
    target 15
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 14
    target 8
    latency "220 ms"
    packet_loss 0.0
  ]
  edge [
    source 14
    target 9
    latency "95 ms"
    packet_loss 0.0
  ]
  edge [
    source 14
    target 10
    latency "175 ms"
    packet_loss 0.0
  ]
  edge [
    source 14
    target 11
    latency "110 ms"
    packet_loss 0.0
  ]
  edge [
    source 14
    target 12
    latency "130 ms"
    packet_loss 0.0
  ]
  edge [
    source 14
    target 13
    latency "160 ms"
    packet_loss 0.0
  ]
  edge [
    source 14
    target 14
    latency "7 ms"
    packet_loss 0.0
  ]
  edge [
    source 14
    target 15
    latency "195 ms"
    packet_loss 0.0
  ]
  edge [
    source 15
    target 8
    latency "190 ms"
    packet_loss 0.0
  ]
  edge [
    source 15
    target 9
    latency "140 ms"
    packet_loss 0.0
  ]
  edge [
    source 15
    target 10
    latency "175 ms"
    packet_loss 0.0
  ]
  edge [
    source 15
    target 11
    latency "145 ms"
    packet_loss 0.0
  ]
  edge [
    source 15
    target 12
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 15
    target 13
    latency "100 ms"
    packet_loss 0.0
  ]
  edge [
    source 15
    target 14
    latency "195 ms"
    packet_loss 0.0
  ]
  edge [
    source 15
    target 15
    latency "7 ms"
    packet_loss 0.0
  ]
]
