#!/bin/sh
# The same link matrix as `tc netem` commands, one block per node, for clusters whose kernel has netem.
#!/bin/sh
# p2p-chat link shaping for 10.88.0.1 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.2 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.3 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.4 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.5 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.6 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.7 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.8 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.9 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.10 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.11 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.12 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.13 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.14 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.15 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.16 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.17 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.18 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.19 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.20 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.21 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.22 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.23 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.24 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.25 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.26 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.27 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.28 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.29 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.30 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.31 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.32 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.33 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.34 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.35 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.36 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.37 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.38 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.39 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.40 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.41 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.42 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.43 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.44 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.45 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.46 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.47 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.48 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.49 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.50 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.51 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.52 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.53 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.54 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.55 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.56 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.57 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.58 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.59 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.60 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.61 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.62 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.63 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.64 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.65 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.66 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.67/32 flowid 1:100

#!/bin/sh
# p2p-chat link shaping for 10.88.0.67 (tc-netem)
set -e
tc qdisc del dev eth0 root 2>/dev/null || true
tc qdisc add dev eth0 root handle 1: htb default 10
tc class add dev eth0 parent 1: classid 1:1 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:10 htb rate 10gbit ceil 10gbit
tc class add dev eth0 parent 1:1 classid 1:100 htb rate 10gbit ceil 10gbit
tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.1/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.2/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.3/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.4/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.5/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.6/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.7/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.8/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.9/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.10/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.11/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.12/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.13/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.14/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.15/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.16/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.17/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.18/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.19/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.20/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.21/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.22/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.23/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.24/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.25/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.26/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.27/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.28/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.29/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.30/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.31/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.32/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.33/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.34/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.35/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.36/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.37/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.38/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.39/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.40/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.41/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.42/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.43/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.44/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.45/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.46/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.47/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.48/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.49/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.50/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.51/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.52/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.53/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.54/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.55/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.56/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.57/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.58/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.59/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.60/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.61/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.62/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.63/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.64/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.65/32 flowid 1:100
tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.88.0.66/32 flowid 1:100
