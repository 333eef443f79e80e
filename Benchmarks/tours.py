#!/usr/bin/env python3
"""Tour quality and time against LKH (elkai) and OR-Tools on the same street matrices.

    Benchmarks/tours.sh      (builds tour-matrices, writes the matrices, runs this)

Each instance: n delivery points of Neubrandenburg nearest a seeded centre, street
distances in whole metres; utdelning's closed tour was solved by tour-matrices on the
same matrix. PyPI's elkai and ortools are anchors for this script only.
"""
import glob
import json
import sys
import time

import elkai
from ortools.constraint_solver import pywrapcp, routing_enums_pb2


def length(matrix, order):
    return sum(matrix[order[i]][order[(i + 1) % len(order)]] for i in range(len(order)))


def lkh(matrix):
    start = time.perf_counter()
    order = elkai.DistanceMatrix(matrix).solve_tsp(runs=1)
    seconds = time.perf_counter() - start
    if order[0] == order[-1]:
        order = order[:-1]
    return length(matrix, order), seconds


def ortools(matrix, seconds_limit):
    n = len(matrix)
    manager = pywrapcp.RoutingIndexManager(n, 1, 0)
    routing = pywrapcp.RoutingModel(manager)
    transit = routing.RegisterTransitCallback(lambda i, j: matrix[manager.IndexToNode(i)][manager.IndexToNode(j)])
    routing.SetArcCostEvaluatorOfAllVehicles(transit)
    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC
    params.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    params.time_limit.FromMilliseconds(int(seconds_limit * 1000))
    start = time.perf_counter()
    solution = routing.SolveWithParameters(params)
    seconds = time.perf_counter() - start
    index, order = routing.Start(0), []
    while not routing.IsEnd(index):
        order.append(manager.IndexToNode(index))
        index = solution.Value(routing.NextVar(index))
    return length(matrix, order), seconds


print("| stops | utdelning m | s | LKH m | s | OR-Tools m | s | utdelning ÷ LKH | OR-Tools ÷ LKH |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
ratios = []
for path in sorted(glob.glob(sys.argv[1] + "/tour-*.json"), key=lambda p: int(p.split("-")[-1][:-5])):
    instance = json.load(open(path))
    matrix = instance["matrix"]
    lkh_m, lkh_s = lkh(matrix)
    # OR-Tools gets the time utdelning took, at least one second.
    ort_m, ort_s = ortools(matrix, max(1.0, instance["utdelningSeconds"]))
    ours = instance["utdelningMeters"]
    ratios.append(ours / lkh_m)
    print(f"| {instance['n']} | {ours} | {instance['utdelningSeconds']:.2f} | {lkh_m} | {lkh_s:.2f} | {ort_m} | {ort_s:.2f} "
          f"| {ours / lkh_m:.4f} | {ort_m / lkh_m:.4f} |")
print(f"\nworst utdelning ÷ LKH: {max(ratios):.4f}")
